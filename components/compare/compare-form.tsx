"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type ReactNode } from "react";
import { compareHref, compareParams } from "@/lib/compare/compare-url";
import { useKeepPlace } from "./reading-place";

/** Fields marked so apply as soon as they change ("at-once") or when typing pauses ("after-typing"). */
export type ApplyWhen = "at-once" | "after-typing";
const TYPING_PAUSE_MS = 500;

type Field = HTMLInputElement | HTMLSelectElement;

/** After Back or Forward the page shows another address than the fields: they are set from it. */
function showAddress(form: HTMLFormElement, href: string) {
  const query = new URL(href, window.location.origin).searchParams;
  for (const field of form.elements as Iterable<Element>) {
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement) || !field.name) continue;
    const value = query.get(field.name);
    if (field.type === "checkbox") (field as HTMLInputElement).checked = value === field.value;
    else field.value = value ?? (field instanceof HTMLSelectElement ? field.options[0]?.value ?? "" : "");
  }
}

function sameDrafts(one: string, other: string): boolean {
  const [a, b] = [one, other].map((href) => new URL(href, window.location.origin).searchParams);
  return a!.get("from") === b!.get("from") && a!.get("to") === b!.get("to");
}

/**
 * The compare page's GET form: without JavaScript it submits as it is; with it, each change goes
 * to the address at once (no submit), as a new history entry, and the reader keeps their place.
 * `href` is the view the page shows.
 */
export function CompareForm({ href, className, children }: { href: string; className: string; children: ReactNode }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const typing = useRef<number | undefined>(undefined);
  // What the form asked for and the page has not shown yet: shown, the fields already say it
  // (or more, typed since), so they are left alone; any other address came from elsewhere.
  const asked = useRef<string[]>([]);
  const [pending, startTransition] = useTransition();
  const keepPlace = useKeepPlace(href);

  useEffect(() => {
    const mine = asked.current.indexOf(href);
    if (mine >= 0) asked.current.splice(0, mine + 1);
    else if (form.current) showAddress(form.current, href);
  }, [href]);

  const apply = () => {
    window.clearTimeout(typing.current);
    const data = new FormData(form.current!);
    const next = compareHref(compareParams((name) => String(data.get(name) ?? ""), { from: "", to: "" }));
    // The page's own address, not `href`: /compare alone shows the default drafts, and Compare then names them.
    if (next === window.location.pathname + window.location.search) return;
    // Naming the default drafts shows the same view: nothing moves, nothing to wait for.
    if (next !== href) {
      keepPlace();
      asked.current.push(next);
    }
    // The pair the address names stays named while the same drafts are compared: a filter that
    // hides it then says so (pair-link-fallback), and Show it brings it back.
    const pair = sameDrafts(next, href) ? window.location.hash : "";
    startTransition(() => router.push(next + pair, { scroll: false }));
  };
  const when = (target: EventTarget) => (target as Field).dataset.apply as ApplyWhen | undefined;

  return (
    <form
      ref={form}
      method="get"
      action="/compare"
      className={className}
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onChange={(event) => when(event.target) === "at-once" && apply()}
      onInput={(event) => {
        if (when(event.target) !== "after-typing") return;
        window.clearTimeout(typing.current);
        typing.current = window.setTimeout(apply, TYPING_PAUSE_MS);
      }}
    >
      {children}
      <p role="status" className="text-sm text-stone-600 lg:col-span-4">{pending ? "Updating the comparison…" : ""}</p>
    </form>
  );
}
