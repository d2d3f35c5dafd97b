"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const WORDS = { created: "New annotation", changed: "An annotation changed", replied: "New reply", deleted: "An annotation was deleted" } as const;

/** Keeps the page's annotations current: colleagues' work appears without reloading. */
export function LiveAnnotations({ draftId }: { draftId: string }) {
  const router = useRouter();
  const [news, setNews] = useState<string | null>(null);
  useEffect(() => {
    const source = new EventSource(`/api/drafts/${draftId}/annotation-events`);
    source.addEventListener("annotation", (message) => {
      const { change } = JSON.parse((message as MessageEvent<string>).data) as { change: keyof typeof WORDS };
      setNews(`${WORDS[change] ?? "Annotations changed"}: the margin was updated.`);
      router.refresh();
    });
    // Changes made while the stream or the server's listener was down were not announced: reload once it is back.
    let opened = false;
    source.addEventListener("open", () => {
      if (opened) router.refresh();
      opened = true;
    });
    source.addEventListener("resync", () => router.refresh());
    return () => source.close();
  }, [draftId, router]);
  return (
    <p role="status" aria-live="polite" className="sr-only" data-testid="live-annotations">
      {news}
    </p>
  );
}
