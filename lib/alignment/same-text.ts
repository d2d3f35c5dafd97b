// "Unchanged" means the same words as printed, cross-references included: a reference that follows
// a renumbering is still an edit the analyst reads. Only spacing and Unicode forms are ignored.

const ASCII = /^[\x00-\x7f]*$/;

export function canonicalText(text: string | null): string {
  const collapsed = (text ?? "").replace(/\s+/gu, " ").trim();
  // Normalising is costly and changes nothing in plain ASCII, most of an English draft.
  return ASCII.test(collapsed) ? collapsed : collapsed.normalize("NFC");
}

export function sameText(a: string | null, b: string | null): boolean {
  return a === b || canonicalText(a) === canonicalText(b);
}
