import type { AnnotationFormValues } from "@/lib/annotations/form-values";
import type { Stance } from "@/lib/annotations/labels";

// Reads the annotation form as posted. Everything stays as typed (the zod schemas in the
// operations judge it), so a refusal can give the form back exactly what the analyst wrote.

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function json(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value; // the schema refuses it with its own message
  }
}

export function contentFromForm(form: FormData) {
  return {
    body: json(text(form, "body")),
    tags: form.getAll("tags").filter((t): t is string => typeof t === "string"),
    // An empty stance is left to the schema, which refuses it with a message.
    stance: text(form, "stance") as Stance,
    sourceKind: text(form, "sourceKind") as AnnotationFormValues["sourceKind"],
    sourceOrganization: text(form, "sourceOrganization"),
    proposedText: text(form, "proposedText"),
    visibility: text(form, "visibility") as AnnotationFormValues["visibility"],
  };
}

/** The form's values, to give back after a refusal. */
export function valuesFromForm(form: FormData): Partial<AnnotationFormValues> {
  const { body, ...rest } = contentFromForm(form);
  return { ...rest, ...(typeof body === "object" && body !== null && { body: body as AnnotationFormValues["body"] }) };
}

export function targetFromForm(form: FormData) {
  return {
    draftId: text(form, "draftId"),
    provisionId: text(form, "provisionId"),
    quote: { exact: text(form, "exact"), prefix: text(form, "prefix"), suffix: text(form, "suffix") },
    position: { start: Number(text(form, "start")), end: Number(text(form, "end")) },
  };
}

export function versionFromForm(form: FormData) {
  return { annotationId: text(form, "annotationId"), version: Number(text(form, "version")) };
}

export function formText(form: FormData, name: string): string {
  return text(form, name);
}
