// Submission items built from provisions of the demo drafts, with the W3C JSON the API would
// serve for them, so that every writer is tested (and benchmarked) on real draft text.

import { describePosition } from "../../../../lib/anchoring/text-position";
import { describeQuote } from "../../../../lib/anchoring/text-quote";
import type { WebAnnotation } from "../../../../lib/annotations/web-annotation";
import type { SubmissionItem } from "../../../../lib/export/types";
import { richTextToPlainText } from "../../../../lib/rich-text/plain-text";
import type { RichTextDoc } from "../../../../lib/rich-text/types";
import { byId, demoDraft, type Node } from "../../anchoring/helpers/demo-drafts";

export const ORIGIN = "https://draftwatch.example";

/** Every provision of a demo draft, by readable id ("en/Chapter IV/Article 26/1."). */
export function provisionsOf(file: string, prefix: string): Map<string, Node> {
  return byId(demoDraft(file, prefix));
}

export interface ItemSpec {
  id: string;
  quote: string;
  proposedText: string | null;
  justification: RichTextDoc;
  tags?: string[];
  stance: WebAnnotation["draftwatch:stance"];
  sourceKind: WebAnnotation["draftwatch:source"]["kind"];
  sourceOrganization?: string | null;
  author: string;
  organization?: string | null;
  createdAt: string;
}

/** An item on `provision` (a paragraph of `article`, or the article itself). */
export function exportItem(article: Node, provision: Node, spec: ItemSpec): SubmissionItem {
  const start = provision.text.indexOf(spec.quote);
  if (start < 0) throw new Error(`"${spec.quote}" is not in ${provision.id}`);
  const justificationText = richTextToPlainText(spec.justification);
  const tags = spec.tags ?? [];
  const webAnnotation: WebAnnotation = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${ORIGIN}/api/annotations/${spec.id}`,
    type: "Annotation",
    motivation: spec.stance === "PROPOSAL" ? "editing" : spec.stance === "QUESTION" ? "questioning" : "commenting",
    created: spec.createdAt,
    modified: spec.createdAt,
    creator: { id: `${ORIGIN}/users/${encodeURIComponent(spec.author)}`, type: "Person", name: spec.author },
    body: [
      { type: "TextualBody", value: justificationText, format: "text/plain", purpose: "commenting" },
      ...(spec.proposedText ? [{ type: "TextualBody" as const, value: spec.proposedText, format: "text/plain" as const, purpose: "editing" as const }] : []),
      ...tags.map((tag) => ({ type: "SpecificResource" as const, purpose: "tagging" as const, source: `${ORIGIN}/tags/${encodeURIComponent(tag)}`, value: tag })),
    ],
    target: [
      {
        source: `${ORIGIN}/provisions/${encodeURIComponent(provision.id)}`,
        selector: [
          describeQuote(provision.text, start, start + spec.quote.length),
          describePosition(start, start + spec.quote.length),
        ],
      },
    ],
    "draftwatch:version": 1,
    "draftwatch:visibility": "PUBLIC",
    "draftwatch:stance": spec.stance,
    "draftwatch:status": "OPEN",
    "draftwatch:source": { kind: spec.sourceKind, organization: spec.sourceOrganization ?? null },
    "draftwatch:body": spec.justification,
    "draftwatch:anchorStatus": {},
    "draftwatch:replies": [],
  };
  return {
    annotationId: spec.id,
    articleLabel: article.label ?? "",
    articleHeading: article.heading,
    provisionLabel: provision === article ? null : provision.label,
    currentText: provision.text,
    quote: spec.quote,
    proposedText: spec.proposedText,
    justification: spec.justification,
    justificationText,
    tags,
    stance: spec.stance,
    sourceKind: spec.sourceKind,
    sourceOrganization: spec.sourceOrganization ?? null,
    author: spec.author,
    organization: spec.organization ?? null,
    createdAt: spec.createdAt,
    webAnnotation,
  };
}
