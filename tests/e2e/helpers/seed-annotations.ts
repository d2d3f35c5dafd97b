import type { APIRequestContext } from "@playwright/test";

// Annotations made through the W3C API, so a test starts from exactly the data it needs.

export interface ProvisionJson { id: string; kind: string; label: string | null; number: string | null; heading: string | null; text: string; children: ProvisionJson[] }

export function findProvision(nodes: ProvisionJson[], test: (n: ProvisionJson) => boolean): ProvisionJson | undefined {
  for (const n of nodes) {
    if (test(n)) return n;
    const inside = findProvision(n.children, test);
    if (inside) return inside;
  }
}

export interface SeededAnnotation {
  /** The heading of the article, e.g. "Conditions and safeguards". */
  article: string;
  /** The paragraph's label, e.g. "1.". */
  paragraph: string;
  words: string;
  body: string;
  stance: "CONCERN" | "SUPPORT" | "PROPOSAL" | "QUESTION";
  sourceKind: "NGO" | "OHCHR" | "STATE" | "ACADEMIC" | "OTHER";
  proposedText?: string;
  visibility?: "PRIVATE" | "ORGANIZATION" | "PUBLIC";
}

/** Creates the annotation as the token's owner; its id. */
export async function postAnnotation(request: APIRequestContext, auth: Record<string, string>, draftId: string, seed: SeededAnnotation): Promise<string> {
  const draft = await (await request.get(`/api/drafts/${draftId}`, { headers: auth })).json();
  const article = findProvision(draft.provisions, (n) => n.kind === "ARTICLE" && n.heading === seed.article);
  const paragraph = article?.children.find((c) => c.label === seed.paragraph);
  const start = paragraph?.text.indexOf(seed.words) ?? -1;
  if (!paragraph || start < 0) throw new Error(`“${seed.words}” is not in ${seed.article} ${seed.paragraph}`);
  const response = await request.post("/api/annotations", {
    headers: auth,
    data: {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      body: [
        { type: "TextualBody", value: seed.body, purpose: "commenting" },
        ...(seed.proposedText ? [{ type: "TextualBody", value: seed.proposedText, purpose: "editing" }] : []),
      ],
      target: {
        source: `https://draftwatch.example/provisions/${paragraph.id}`,
        selector: [{ type: "TextQuoteSelector", exact: seed.words }, { type: "TextPositionSelector", start, end: start + seed.words.length }],
      },
      "draftwatch:stance": seed.stance,
      "draftwatch:visibility": seed.visibility ?? "ORGANIZATION",
      "draftwatch:source": { kind: seed.sourceKind, organization: null },
    },
  });
  if (response.status() !== 201) throw new Error(`The API refused the annotation: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id.split("/").pop()!;
}
