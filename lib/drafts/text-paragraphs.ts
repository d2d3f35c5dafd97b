/**
 * Where the paragraphs of a provision's text lie (a chapeau or preamble may hold several,
 * separated by blank lines): the page shows each as its own <p>, and a selection in one is
 * mapped back to offsets in the whole text from the paragraph's start.
 */
export function textParagraphs(text: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  let start = 0;
  for (const separator of text.matchAll(/\n{2,}/g)) {
    if (separator.index > start) paragraphs.push({ start, end: separator.index });
    start = separator.index + separator[0].length;
  }
  if (text.length > start) paragraphs.push({ start, end: text.length });
  return paragraphs;
}
