import { highlightId } from "@/lib/annotations/element-ids";

type Props = { segment: { text: string; annotationIds: readonly string[]; startsHere: readonly string[] }; place?: string };

/**
 * Words of a provision, marked when annotated. The mark adds no character to the text, so a
 * selection still counts the stored text; where an annotation begins it carries the annotation's
 * id for its card to link to.
 */
export function HighlightedWords({ segment, place }: Props) {
  if (segment.annotationIds.length === 0) return segment.text;
  const [first, ...others] = segment.startsHere;
  return (
    <mark
      id={first && highlightId(first, place)}
      data-annotations={segment.annotationIds.join(" ")}
      data-overlap={segment.annotationIds.length > 1 || undefined}
      className="annotation-highlight"
    >
      {/* Further annotations beginning on the same words: empty targets, no text. */}
      {others.map((id) => <span key={id} id={highlightId(id, place)} />)}
      {segment.text}
    </mark>
  );
}
