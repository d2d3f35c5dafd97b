// Where the reader is on the compare page, for the change navigator. The reading line is the
// lower edge of the sticky toolbar: what is above it is covered.

// The attribute each pair's element carries (components/compare/pair-view.tsx).
export const PAIR = "data-pair-number";

export function readingLine(): number {
  return document.querySelector("[data-compare-toolbar]")?.getBoundingClientRect().bottom ?? 0;
}
