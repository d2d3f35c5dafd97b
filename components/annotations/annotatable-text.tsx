import { highlightSegments, type Highlight } from "@/lib/anchoring/highlight-segments";
import { HighlightedWords } from "./highlighted-words";
import { SelectableText } from "./selectable-text";

/** A provision's text from `from` to `to` with its annotated words marked. */
export function AnnotatableText({ provisionId, text, from, to, highlights = [] }: { provisionId: string; text: string; from: number; to: number; highlights?: readonly Highlight[] }) {
  return (
    <SelectableText provisionId={provisionId} offset={from}>
      {highlightSegments(text, highlights, from, to).map((segment) => <HighlightedWords key={segment.start} segment={segment} />)}
    </SelectableText>
  );
}
