// A compared pair's address on the compare page, named after its articles' anchors on their
// draft pages ("article-24-to-article-23"): it reads as the pair does, stays the same when filters
// hide other pairs, and still names the articles when a new alignment pairs them otherwise.

const TO = "-to-";
const AND = "-and-";
const NEW = "new-";
const DROPPED = "-dropped";

/** Each side's article anchors, in order; every article of a draft is in one pair, so no two pairs share an address. */
export function pairAnchor(from: readonly string[], to: readonly string[]): string {
  if (from.length === 0) return `${NEW}${to.join(AND)}`;
  if (to.length === 0) return `${from.join(AND)}${DROPPED}`;
  return `${from.join(AND)}${TO}${to.join(AND)}`;
}

/** A pair's address and its articles' anchors (`anchors`: by article id, as their draft pages name them). */
export function pairAddress(pair: { from: readonly { id: string }[]; to: readonly { id: string }[] }, anchors: ReadonlyMap<string, string>) {
  const anchorsOf = (articles: readonly { id: string }[]) => articles.map((a) => anchors.get(a.id) ?? a.id);
  const [from, to] = [anchorsOf(pair.from), anchorsOf(pair.to)];
  return { id: pairAnchor(from, to), from, to };
}

/** The article anchors a pair's address names, or null when it is no such address. */
function articlesNamedBy(anchor: string): { from: string[]; to: string[] } | null {
  const split = (side: string) => side.split(AND).filter(Boolean);
  if (anchor.startsWith(NEW)) return { from: [], to: split(anchor.slice(NEW.length)) };
  if (anchor.endsWith(DROPPED)) return { from: split(anchor.slice(0, -DROPPED.length)), to: [] };
  const at = anchor.indexOf(TO);
  if (at <= 0) return null;
  return { from: split(anchor.slice(0, at)), to: split(anchor.slice(at + TO.length)) };
}

/** A pair on the page: its address, its articles' anchors and its place in the whole comparison (from 1). */
export interface PairOnPage { id: string; from: readonly string[]; to: readonly string[]; number: number }

/**
 * The pair a link means when no pair has its address: after a new alignment, the pair that now
 * holds the earlier draft's article it named (else the later draft's); a link from before pairs
 * were named ("pair-3") meant the third pair of the whole comparison. Null when it is not shown.
 */
export function pairMeant(anchor: string, pairs: readonly PairOnPage[]): PairOnPage | null {
  const old = /^pair-(\d+)$/.exec(anchor);
  if (old) return pairs.find((pair) => pair.number === Number(old[1])) ?? null;
  const named = articlesNamedBy(anchor);
  if (!named) return null;
  return (
    pairs.find((pair) => pair.from.some((article) => named.from.includes(article))) ??
    pairs.find((pair) => pair.to.some((article) => named.to.includes(article))) ??
    null
  );
}
