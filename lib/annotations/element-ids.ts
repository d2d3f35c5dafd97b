// Element ids linking an annotation's highlight and its card. A page showing one draft uses no
// place; the compare page shows an annotation carried forward on both sides, so each side is a
// place of its own ("before-", "after-") and the ids stay unique.

export function highlightId(annotationId: string, place = ""): string {
  return `annotation-${place}${annotationId}`;
}

export function cardId(annotationId: string, place = ""): string {
  return `annotation-card-${place}${annotationId}`;
}
