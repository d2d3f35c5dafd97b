// The compare page's view lives in its address, so that every view can be shared: one reading of
// the query for the page, and one way of writing it for the page's links and its form.

import type { FilterName } from "./filter-pairs";

export type CompareLayout = "side" | "inline";

export interface CompareParams {
  from: string;
  to: string;
  layout: CompareLayout;
  onlyChanged: boolean;
  chapter: string | null;
  search: string | null;
  ignoreWhitespace: boolean;
  ignorePunctuation: boolean;
}

/** `value(name)` is the query's value ("" when absent); `defaults` are the drafts compared when none is chosen. */
export function compareParams(value: (name: string) => string, defaults: { from: string; to: string }): CompareParams {
  return {
    from: value("from") || defaults.from,
    to: value("to") || defaults.to,
    layout: value("layout") === "inline" ? "inline" : "side",
    onlyChanged: value("only") === "changed",
    chapter: value("chapter") || null,
    search: value("q").trim() || null,
    ignoreWhitespace: value("ignoreWhitespace") === "1",
    ignorePunctuation: value("ignorePunctuation") === "1",
  };
}

/** The shortest address of a view: what is off or empty is left out. */
export function compareHref(params: CompareParams): string {
  const query = new URLSearchParams({ from: params.from, to: params.to });
  if (params.layout === "inline") query.set("layout", "inline");
  if (params.onlyChanged) query.set("only", "changed");
  if (params.chapter) query.set("chapter", params.chapter);
  if (params.search) query.set("q", params.search);
  if (params.ignoreWhitespace) query.set("ignoreWhitespace", "1");
  if (params.ignorePunctuation) query.set("ignorePunctuation", "1");
  return `/compare?${query}`;
}

const CLEARED: { [name in FilterName]: Pick<CompareParams, name> } = { onlyChanged: { onlyChanged: false }, chapter: { chapter: null }, search: { search: null } };

/** The view with these filters turned off and the others as they were. */
export function withoutFilters(params: CompareParams, names: readonly FilterName[]): CompareParams {
  return names.reduce<CompareParams>((view, name) => ({ ...view, ...CLEARED[name] }), params);
}
