// What the annotation form holds, in one shape for a new annotation, an edit, the values given
// back after a refusal and the current annotation offered after a stale edit.

import type { RichTextDoc } from "../rich-text/types";
import type { SourceKind, Stance, Visibility } from "./labels";

export interface AnnotationFormValues {
  body: RichTextDoc;
  tags: string[];
  stance: Stance | "";
  sourceKind: SourceKind;
  sourceOrganization: string;
  proposedText: string;
  visibility: Visibility;
}

/** The annotation as saved, with the version an edit of it must be based on. */
export interface CurrentAnnotation extends AnnotationFormValues {
  version: number;
}

export function currentAnnotationOf(annotation: {
  body: unknown;
  tags: { tag: { slug: string } }[];
  stance: Stance;
  sourceKind: SourceKind;
  sourceOrganization: string | null;
  proposedText: string | null;
  visibility: Visibility;
  version: number;
}): CurrentAnnotation {
  return {
    // Stored bodies passed the allow-list on the way in; RichTextView renders only what it names anyway.
    body: annotation.body as RichTextDoc,
    tags: annotation.tags.map((t) => t.tag.slug),
    stance: annotation.stance,
    sourceKind: annotation.sourceKind,
    sourceOrganization: annotation.sourceOrganization ?? "",
    proposedText: annotation.proposedText ?? "",
    visibility: annotation.visibility,
    version: annotation.version,
  };
}
