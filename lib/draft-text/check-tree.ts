import type { PreviewProvision, PreviewWarning } from "./preview-tree";
import { romanToInt } from "./roman";
import { canContain, kindName } from "./tree-rules";

// The parser's warnings, recomputed on the tree after every edit in the preview: numbering gaps and
// repeats, articles without heading, and provisions where the structure does not allow them.

interface Numbered {
  value: number;
  label: string;
}

function numericValue(number: string | null): number | null {
  if (number === null) return null;
  if (/^\d+$/.test(number)) return Number(number);
  return romanToInt(number);
}

function sequenceProblem(previous: Numbered | undefined, value: number): string | null {
  if (!previous) return null;
  if (value > previous.value + 1) return `follows ${previous.label}: numbering gap.`;
  if (value <= previous.value) return `follows ${previous.label}: numbering out of order.`;
  return null;
}

/** How a provision is named in messages: its number as printed, or what it is. */
export function describeProvision(node: PreviewProvision): string {
  return node.label ?? `An unnumbered ${kindName(node.kind).toLowerCase()}`;
}

/** Provisions the structure does not allow where they stand (see canContain), with the reason. */
export function findMisplaced(provisions: readonly PreviewProvision[]): { node: PreviewProvision; message: string }[] {
  const found: { node: PreviewProvision; message: string }[] = [];
  const visit = (nodes: readonly PreviewProvision[], parent: PreviewProvision | null, insideAnnex: boolean) => {
    for (const node of nodes) {
      if (!canContain(parent?.kind ?? null, node.kind, insideAnnex)) {
        const where = parent ? `in ${describeProvision(parent)}` : "outside any article";
        found.push({ node, message: `${describeProvision(node)} cannot stand ${where} as a ${kindName(node.kind).toLowerCase()}.` });
      }
      visit(node.children, node, insideAnnex || node.kind === "ANNEX");
    }
  };
  visit(provisions, null, false);
  return found;
}

export function checkPreviewTree(provisions: readonly PreviewProvision[]): PreviewWarning[] {
  const warnings: PreviewWarning[] = [];
  const warn = (node: PreviewProvision, message: string) => warnings.push({ provisionId: node.id, line: node.line, message });
  let articles = 0;
  // Annexes (e.g. protocols) number their articles afresh: one numbering per annex.
  const articleNumbering = new Map<PreviewProvision | null, { last?: Numbered; seen: Map<string, PreviewProvision> }>();

  const checkArticle = (article: PreviewProvision, annex: PreviewProvision | null) => {
    articles++;
    if (!article.heading) warn(article, `${describeProvision(article)} has no heading.`);
    const numbering = articleNumbering.get(annex) ?? { seen: new Map<string, PreviewProvision>() };
    articleNumbering.set(annex, numbering);
    const first = numbering.seen.get(article.number ?? "");
    if (first) return warn(article, `${describeProvision(article)} appears more than once (first on line ${first.line}).`);
    numbering.seen.set(article.number ?? "", article);
    const value = numericValue(article.number);
    if (value === null) return;
    const problem = sequenceProblem(numbering.last, value);
    if (problem) warn(article, `${describeProvision(article)} ${problem}`);
    numbering.last = { value, label: describeProvision(article) };
  };

  const checkParagraphs = (host: PreviewProvision) => {
    let last: Numbered | undefined;
    for (const child of host.children) {
      const value = child.kind === "PARAGRAPH" ? numericValue(child.number) : null;
      if (value === null) continue;
      const problem = sequenceProblem(last, value);
      if (problem) warn(child, `Paragraph ${child.number}${host.label ? ` in ${host.label}` : ""} ${problem}`);
      last = { value, label: `paragraph ${child.number}` };
    }
  };

  const visit = (nodes: readonly PreviewProvision[], annex: PreviewProvision | null) => {
    for (const node of nodes) {
      const scope = node.kind === "ANNEX" ? node : annex;
      if (node.kind === "ARTICLE") checkArticle(node, annex);
      // Annexes number their paragraphs in the annex itself or its chapters, without articles.
      if (node.kind === "ARTICLE" || scope) checkParagraphs(node);
      visit(node.children, scope);
    }
  };
  for (const { node, message } of findMisplaced(provisions)) warn(node, `${message} Change its level.`);
  visit(provisions, null);
  if (articles === 0) warnings.push({ provisionId: null, line: null, message: "The draft has no article: mark its articles before saving." });
  return warnings;
}
