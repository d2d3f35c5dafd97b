import { describe, expect, it } from "vitest";
import { fromWebAnnotation } from "../../../lib/annotations/from-web-annotation";
import { webAnnotationInputSchema } from "../../../lib/annotations/web-annotation.schema";
import { toJsonLd } from "../../../lib/export/to-json-ld";
import { arabicSubmission, englishSubmission } from "./helpers/fixtures";

describe("W3C Web Annotation JSON-LD export", () => {
  const submission = englishSubmission();
  const collection = JSON.parse(toJsonLd(submission)) as Record<string, unknown>;

  it("is an AnnotationCollection with its one page embedded", () => {
    expect(collection).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      label: submission.title,
      total: 4,
      generated: submission.generatedAt,
      first: { type: "AnnotationPage", startIndex: 0, items: expect.any(Array) },
    });
  });

  it("carries every annotation exactly as the API serves it, in the authors' order", () => {
    const { items } = collection.first as { items: unknown[] };
    expect(items).toEqual(submission.items.map((item) => item.webAnnotation));
  });

  it("imports back: each item is a valid W3C annotation input that gives the item's fields", () => {
    const { items } = collection.first as { items: unknown[] };
    items.forEach((raw, index) => {
      const item = submission.items[index]!;
      const imported = fromWebAnnotation(webAnnotationInputSchema.parse(raw));
      expect(imported.content).toEqual({
        body: item.justification,
        proposedText: item.proposedText ?? undefined,
        tags: item.tags.length > 0 ? item.tags.map(encodeURIComponent) : undefined,
        stance: item.stance,
        visibility: "PUBLIC",
        sourceKind: item.sourceKind,
        sourceOrganization: item.sourceOrganization ?? undefined,
      });
      expect(imported.target?.quote?.exact).toBe(item.quote);
      const position = imported.target?.position;
      expect(position && item.currentText.slice(position.start, position.end)).toBe(item.quote);
    });
  });

  it("keeps Arabic text as characters (JSON needs no escaping for it)", () => {
    const json = toJsonLd(arabicSubmission());
    expect(json).toContain("ملاحظات على المشروع المنقح");
    expect(json).not.toMatch(/\\u06/);
  });

  it("is an empty collection for a submission without items", () => {
    const empty = JSON.parse(toJsonLd({ ...submission, items: [] })) as { total: number; first: { items: unknown[] } };
    expect(empty.total).toBe(0);
    expect(empty.first.items).toEqual([]);
  });
});
