// A minimal XML element tree for the Word parts that mammoth does not expose (numbering formats,
// list instances). Text content is not kept: only names, attributes and where each element sits
// in the source, so that a caller can splice new markup into it.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Offset just after the opening tag. */
  openEnd: number;
  /** Offset just after the closing tag (equal to openEnd for an empty element). */
  end: number;
}

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code] ?? whole;
  });
}

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) attributes[match[1] ?? ""] = decodeEntities(match[2] ?? match[3] ?? "");
  return attributes;
}

/** The root element; throws when tags do not nest. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [], openEnd: 0, end: source.length };
  const stack: XmlElement[] = [root];
  for (const match of source.matchAll(TOKEN)) {
    const [whole, closing, name, attributes = "", selfClosing] = match;
    if (name === undefined) continue;
    const offset = (match.index ?? 0) + whole.length;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name || stack.length === 0) throw new Error(`Unbalanced </${name}>`);
      open.end = offset;
      continue;
    }
    const element: XmlElement = { name, attributes: readAttributes(attributes), children: [], openEnd: offset, end: offset };
    stack[stack.length - 1]?.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error("Unclosed element");
  const [documentElement] = root.children;
  if (!documentElement) throw new Error("No root element");
  return documentElement;
}

/** Namespace-prefixed names for one namespace, as declared on the root element. */
export function qualifiedNames(root: XmlElement, namespaces: readonly string[]): (local: string) => string {
  const declaration = Object.entries(root.attributes).find(([key, value]) => key.startsWith("xmlns") && namespaces.includes(value));
  const prefix = declaration ? declaration[0].replace(/^xmlns:?/, "") : "w";
  return (local) => (prefix === "" ? local : `${prefix}:${local}`);
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((candidate) => candidate.name === name);
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((candidate) => candidate.name === name) ?? [];
}
