// "Unchanged" means the same words as printed, cross-references included: a reference that follows
// a renumbering is still an edit the analyst reads. Only spacing and Unicode forms are ignored.

const ASCII = /^[\x00-\x7f]*$/;
// Without the u flag (much faster): every whitespace character is in the Basic Multilingual Plane.
const WHITESPACE_RUN = /\s+/g;
// Whitespace that collapsing would change; most lines of a draft have none.
const UNCOLLAPSED = /^\s|\s$|[^\S ]|\s\s/;
// Either of the above, or a character normalising might change: one pass over a text that is
// canonical already (most paragraphs of an English draft) instead of two.
const NOT_CANONICAL = new RegExp(`${UNCOLLAPSED.source}|[^\\x00-\\x7f]`);

export function canonicalText(text: string | null): string {
  const value = text ?? "";
  if (!NOT_CANONICAL.test(value)) return value;
  const collapsed = UNCOLLAPSED.test(value) ? value.replace(WHITESPACE_RUN, " ").trim() : value;
  // Normalising is costly and changes nothing in plain ASCII, most of an English draft.
  return ASCII.test(collapsed) ? collapsed : collapsed.normalize("NFC");
}

export function sameText(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  return sameAsciiText(a ?? "", b ?? "") ?? canonicalText(a) === canonicalText(b);
}

const enum Code {
  Tab = 0x09,
  CarriageReturn = 0x0d,
  Space = 0x20,
  FirstNonAscii = 0x80,
}

// ASCII whitespace as \s has it: tab, line feed, vertical tab, form feed, carriage return, space.
function isAsciiSpace(code: number): boolean {
  return code === Code.Space || (code >= Code.Tab && code <= Code.CarriageReturn);
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isAsciiSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * Compares the canonical forms without building them, as far as both texts are ASCII: two
 * versions of an article usually differ within their first lines, so this stops there instead
 * of collapsing the whitespace of both whole texts first. Undefined once a non-ASCII character
 * could decide (Unicode spaces, composing marks): then the forms are built and compared.
 */
function sameAsciiText(a: string, b: string): boolean | undefined {
  const sideA = { text: a, at: skipSpaces(a, 0) };
  const sideB = { text: b, at: skipSpaces(b, 0) };
  for (;;) {
    const codeA = nextCanonical(sideA);
    const codeB = nextCanonical(sideB);
    if (codeA >= Code.FirstNonAscii || codeB >= Code.FirstNonAscii) return undefined;
    if (codeA !== codeB) return false;
    if (codeA === END) return true;
  }
}

const END = -1;

/**
 * The next code unit of the canonical form, as far as ASCII tells it: a whitespace run is one
 * space, or nothing at the end. A space run before a non-ASCII character gives that character,
 * which may be a Unicode space continuing the run.
 */
function nextCanonical(side: { text: string; at: number }): number {
  const { text, at } = side;
  if (at >= text.length) return END;
  const code = text.charCodeAt(at);
  if (!isAsciiSpace(code)) {
    side.at = at + 1;
    return code;
  }
  side.at = skipSpaces(text, at);
  if (side.at >= text.length) return END;
  const next = text.charCodeAt(side.at);
  return next >= Code.FirstNonAscii ? next : Code.Space;
}
