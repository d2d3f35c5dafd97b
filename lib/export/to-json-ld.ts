import { WEB_ANNOTATION_CONTEXT } from "../annotations/web-annotation";
import type { SubmissionExport } from "./types";

// The submission as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/#collections):
// the annotations themselves, as the API serves them, in one embedded page. Another Draftwatch
// (or any Web Annotation client) imports the items back one by one.

export interface AnnotationCollection {
  "@context": typeof WEB_ANNOTATION_CONTEXT;
  type: "AnnotationCollection";
  label: string;
  total: number;
  generated: string;
  first: { type: "AnnotationPage"; startIndex: 0; items: unknown[] };
}

export function toAnnotationCollection(submission: SubmissionExport): AnnotationCollection {
  return {
    "@context": WEB_ANNOTATION_CONTEXT,
    type: "AnnotationCollection",
    label: submission.title,
    total: submission.items.length,
    generated: submission.generatedAt,
    first: { type: "AnnotationPage", startIndex: 0, items: submission.items.map((item) => item.webAnnotation) },
  };
}

/** The collection as JSON-LD text (application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"). */
export function toJsonLd(submission: SubmissionExport): string {
  return `${JSON.stringify(toAnnotationCollection(submission), null, 2)}\n`;
}
