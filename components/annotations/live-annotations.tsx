"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { throttleRefresh } from "@/lib/annotations/refresh-throttle";

const WORDS = { created: "New annotation", changed: "An annotation changed", replied: "New reply", deleted: "An annotation was deleted" } as const;

// A page renders all its provisions again on each reload: a burst of colleagues' changes (or one
// change announced on both drafts of a comparison) reloads it once at once and once at the end.
const RELOAD_INTERVAL_MS = 1000;

/** Keeps the page's annotations current: colleagues' work on these drafts appears without reloading. */
export function LiveAnnotations({ draftIds }: { draftIds: string[] }) {
  const router = useRouter();
  const [news, setNews] = useState<string | null>(null);
  const key = draftIds.join(" ");
  useEffect(() => {
    const reload = throttleRefresh(() => router.refresh(), RELOAD_INTERVAL_MS);
    const sources = key.split(" ").map((draftId) => {
      const source = new EventSource(`/api/drafts/${draftId}/annotation-events`);
      source.addEventListener("annotation", (message) => {
        const { change } = JSON.parse((message as MessageEvent<string>).data) as { change: keyof typeof WORDS };
        setNews(`${WORDS[change] ?? "Annotations changed"}: the margin was updated.`);
        reload.request();
      });
      // Changes made while the stream or the server's listener was down were not announced: reload once it is back.
      let opened = false;
      source.addEventListener("open", () => {
        if (opened) reload.request();
        opened = true;
      });
      source.addEventListener("resync", () => reload.request());
      return source;
    });
    return () => {
      reload.cancel();
      sources.forEach((source) => source.close());
    };
  }, [key, router]);
  return (
    <p role="status" aria-live="polite" className="sr-only" data-testid="live-annotations">
      {news}
    </p>
  );
}
