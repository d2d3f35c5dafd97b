import type { AnnotationRecord } from "../db/annotations";

// The W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/) for Draftwatch
// annotations: the body is the commentary (HTML-free plain text plus the stored rich text), the
// target the provision's page with a TextQuoteSelector and a TextPositionSelector.

export const WEB_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface WebAnnotation {
  "@context": typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "commenting" | "editing" | "questioning";
  created: string;
  modified: string;
  creator: { id: string; type: "Person"; name: string };
  body: ({ type: "TextualBody"; value: string; format: "text/plain"; purpose: "commenting" | "editing" } | { type: "SpecificResource"; purpose: "tagging"; source: string; value: string })[];
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  }[];
  "draftwatch:version": number;
  "draftwatch:visibility": AnnotationRecord["visibility"];
  "draftwatch:stance": AnnotationRecord["stance"];
  "draftwatch:status": AnnotationRecord["status"];
  "draftwatch:source": { kind: AnnotationRecord["sourceKind"]; organization: string | null };
  "draftwatch:body": unknown;
  "draftwatch:anchorStatus": Record<string, string>;
  "draftwatch:replies": { id: string; creator: string; created: string; value: string }[];
}

const MOTIVATION = { CONCERN: "commenting", SUPPORT: "commenting", PROPOSAL: "editing", QUESTION: "questioning" } as const;

/** One annotation in the W3C model; `origin` is the site's address, e.g. https://draftwatch.example. */
export function toWebAnnotation(annotation: AnnotationRecord, origin: string): WebAnnotation {
  return {
    "@context": WEB_ANNOTATION_CONTEXT,
    id: `${origin}/api/annotations/${annotation.id}`,
    type: "Annotation",
    motivation: MOTIVATION[annotation.stance],
    created: annotation.createdAt.toISOString(),
    modified: annotation.updatedAt.toISOString(),
    creator: { id: `${origin}/users/${annotation.author.id}`, type: "Person", name: annotation.author.name },
    body: [
      { type: "TextualBody", value: annotation.bodyText, format: "text/plain", purpose: "commenting" },
      ...(annotation.proposedText ? [{ type: "TextualBody" as const, value: annotation.proposedText, format: "text/plain" as const, purpose: "editing" as const }] : []),
      ...annotation.tags.map((t) => ({ type: "SpecificResource" as const, purpose: "tagging" as const, source: `${origin}/tags/${t.tag.slug}`, value: t.tag.name })),
    ],
    target: annotation.anchors
      .filter((anchor) => anchor.provisionId && anchor.start !== null && anchor.end !== null)
      .map((anchor) => ({
        source: `${origin}/provisions/${anchor.provisionId}`,
        selector: [
          { type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
          { type: "TextPositionSelector", start: anchor.start!, end: anchor.end! },
        ],
      })),
    "draftwatch:version": annotation.version,
    "draftwatch:visibility": annotation.visibility,
    "draftwatch:stance": annotation.stance,
    "draftwatch:status": annotation.status,
    "draftwatch:source": { kind: annotation.sourceKind, organization: annotation.sourceOrganization },
    "draftwatch:body": annotation.body,
    "draftwatch:anchorStatus": Object.fromEntries(annotation.anchors.map((a) => [a.draftId, a.status])),
    "draftwatch:replies": annotation.replies.map((r) => ({ id: r.id, creator: r.author.name, created: r.createdAt.toISOString(), value: r.bodyText })),
  };
}
