import { plainTextToRichText } from "../rich-text/from-plain-text";
import type { WebAnnotationInput } from "./web-annotation.schema";

type Body = WebAnnotationInput["body"][number];

/** The parts of a W3C annotation that map onto Draftwatch's own fields; absent parts stay undefined. */
export function fromWebAnnotation(input: WebAnnotationInput) {
  const textual = input.body.filter((b): b is Extract<Body, { type: "TextualBody" }> => b.type === "TextualBody");
  const commenting = textual.find((b) => b.purpose === "commenting");
  const editing = textual.find((b) => b.purpose === "editing");
  const tags = input.body.filter((b) => b.type === "SpecificResource").map((b) => b.source.split("/").pop() ?? "");
  const quote = input.target?.selector.find((s) => s.type === "TextQuoteSelector");
  const position = input.target?.selector.find((s) => s.type === "TextPositionSelector");
  return {
    content: {
      body: input["draftwatch:body"] ?? (commenting ? plainTextToRichText(commenting.value) : undefined),
      proposedText: editing?.value,
      tags: tags.length ? tags : undefined,
      stance: input["draftwatch:stance"],
      visibility: input["draftwatch:visibility"],
      sourceKind: input["draftwatch:source"]?.kind,
      sourceOrganization: input["draftwatch:source"]?.organization ?? undefined,
    },
    version: input["draftwatch:version"],
    target: input.target && {
      provisionId: input.target.source.split("/").pop() ?? "",
      quote: quote && quote.type === "TextQuoteSelector" ? { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix } : undefined,
      position: position && position.type === "TextPositionSelector" ? { start: position.start, end: position.end } : undefined,
    },
  };
}
