import { highlightSegments, type Highlight } from "@/lib/anchoring/highlight-segments";
import { SelectableText } from "./selectable-text";

/**
 * A provision's text from `from` to `to` with its annotated words marked. Marks wrap the text
 * without adding a character to it, so a selection still counts the stored text; a mark where an
 * annotation begins carries its id (annotation-…) for the margin to link to.
 */
export function AnnotatableText({ provisionId, text, from, to, highlights = [] }: { provisionId: string; text: string; from: number; to: number; highlights?: readonly Highlight[] }) {
  return (
    <SelectableText provisionId={provisionId} offset={from}>
      {highlightSegments(text, highlights, from, to).map((segment) => {
        if (segment.annotationIds.length === 0) return segment.text;
        const [first, ...others] = segment.startsHere;
        return (
          <mark
            key={segment.start}
            id={first && `annotation-${first}`}
            data-annotations={segment.annotationIds.join(" ")}
            data-overlap={segment.annotationIds.length > 1 || undefined}
            className="annotation-highlight"
          >
            {/* Further annotations beginning on the same words: empty targets, no text. */}
            {others.map((id) => <span key={id} id={`annotation-${id}`} />)}
            {segment.text}
          </mark>
        );
      })}
    </SelectableText>
  );
}
