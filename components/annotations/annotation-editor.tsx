"use client";

import { useState } from "react";
import type { CurrentAnnotation } from "@/lib/annotations/form-values";
import { AnnotationForm } from "./annotation-form";
import type { TagOption } from "./workspace-context";

type Props = { annotationId: string; quote: string; current: CurrentAnnotation; tags: TagOption[]; onDone: () => void };

/**
 * Editing one's annotation. After a stale edit the analyst may start again from the text as it
 * now stands: the form is remounted on that text and its version.
 */
export function AnnotationEditor({ annotationId, quote, current, tags, onDone }: Props) {
  const [base, setBase] = useState(current);
  return (
    <AnnotationForm
      key={base.version}
      mode={{ kind: "edit", annotationId, version: base.version }}
      quote={quote}
      initial={base}
      tags={tags}
      onSaved={onDone}
      onCancel={onDone}
      onRestart={setBase}
    />
  );
}
