import type { RichTextDoc } from "../rich-text/types";

// What every export writer reads: a submission already resolved from the database (visibility
// applied, items in the authors' order, texts of the draft the submission is on). The writers
// are pure functions of this structure, so they can be tested and benchmarked without a server.

export interface SubmissionExport {
  title: string;
  /** The signatories, in the order they sign. */
  organizations: string[];
  introduction: RichTextDoc | null;
  draft: { title: string; symbol: string | null; date: string; language: string };
  /** In the order the authors chose. */
  items: SubmissionItem[];
  /** ISO 8601; also the date of the tracked changes in the DOCX. */
  generatedAt: string;
}

export interface SubmissionItem {
  annotationId: string;
  /** "Article 26", "المادة 26". */
  articleLabel: string;
  articleHeading: string | null;
  /** "1.", "(a)", or null when the annotation is on the article as a whole. */
  provisionLabel: string | null;
  /** The provision's text as it stands in the draft. */
  currentText: string;
  /** The words annotated. */
  quote: string;
  /** Replacement for `quote`, when an amendment is proposed. */
  proposedText: string | null;
  /** The annotation body. */
  justification: RichTextDoc;
  /** Plain text of `justification`. */
  justificationText: string;
  tags: string[];
  stance: string;
  sourceKind: string;
  sourceOrganization: string | null;
  author: string;
  organization: string | null;
  /** ISO 8601. */
  createdAt: string;
  /** The W3C Web Annotation JSON of the annotation, written as is by the JSON-LD export. */
  webAnnotation: unknown;
}
