import mammoth from "mammoth";
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { comparisonReport } from "../../../lib/export/comparison-report/comparison-report";
import { toComparisonDocx } from "../../../lib/export/comparison-report/to-comparison-docx";
import { toComparisonHtml } from "../../../lib/export/comparison-report/to-comparison-html";
import type { ComparisonReport, ComparisonSource } from "../../../lib/export/comparison-report/types";
import type { RedlineSegment } from "../../../lib/export/redline";
import type { ComparisonView } from "../../../lib/operations/get-comparison";
import { demoComparison, zeroToRevised } from "./helpers/comparison";
import { assertWellFormedXml, decodeXml, docxParts, textsInside } from "./helpers/docx-parts";
import { expectInertHtml, expectLanguageAndDirectionOnText } from "./helpers/html-checks";

const GENERATED_AT = "2033-02-01T10:20:30.456Z";

/** A side of a redline: the text before (deletions kept) or after (insertions kept). */
const side = (segments: readonly RedlineSegment[], which: "before" | "after") =>
  segments.filter((segment) => segment.type === "equal" || segment.type === (which === "before" ? "delete" : "insert")).map((segment) => segment.text).join("");

describe("comparison report", () => {
  const source = zeroToRevised();
  const report = comparisonReport(source, { generatedAt: GENERATED_AT });
  const everything = comparisonReport(source, { generatedAt: GENERATED_AT, scope: "all" });
  const pairTitles = (r: ComparisonReport) => r.pairs.map((pair) => `${pair.from.join(" + ") || "—"} → ${pair.to.join(" + ") || "—"}`);

  it("reads what the compare page's getComparison returns", () => {
    expectTypeOf<ComparisonView>().toExtend<ComparisonSource>();
  });

  it("keeps the drafts, the summary and the date, as plain data", () => {
    expect(report.from).toEqual({ title: "Zero draft (sample)", symbol: "SAMPLE/AHC.1/DRAFT.2", date: "2032-02-02", language: "en" });
    expect(report.to).toMatchObject({ title: "Revised draft (sample)", language: "en" });
    expect(report.treaty).toBe("Convention on Cooperation against Information Technology Crime (Sample)");
    expect(report.summary).toEqual(source.comparison.summary);
    expect(report.generatedAt).toBe(GENERATED_AT);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("shows only the changed pairs by default, and every pair on request", () => {
    const { summary } = source.comparison;
    expect(report.scope).toBe("changed");
    expect(report.pairs).toHaveLength(summary.changed + summary.added + summary.removed + summary.split + summary.merged);
    expect(report.pairs.every((pair) => pair.kind !== "unchanged")).toBe(true);
    expect(everything.pairs).toHaveLength(source.comparison.pairs.length);
    expect(everything.renumberedOnly).toEqual([]);
    // The renumbered articles left out are still named, so no renumbering goes unreported.
    expect(report.renumberedOnly).toContain("Art. 7 → Art. 8");
    expect(report.renumberedOnly).toHaveLength(source.comparison.pairs.filter((pair) => pair.kind === "unchanged" && pair.renumbered).length);
    expect(pairTitles(report)).toEqual(expect.arrayContaining(["Art. 6 → Art. 7", "— → Art. 6", "Art. 26 + Art. 27 → Art. 29", "Art. 23 → Art. 26"]));
  });

  it("gives each pair its heading, its flags and its diff, paragraph by paragraph where they were paired", () => {
    const renumbered = report.pairs.find((pair) => pair.from[0] === "Art. 23")!;
    expect(renumbered).toMatchObject({ to: ["Art. 26"], kind: "changed", renumbered: true, heading: "Conditions and safeguards", language: "en" });
    const compared = source.comparison.pairs.find((pair) => pair.from[0]?.number === "23")!;
    expect(renumbered.rows.map((row) => row.label)).toEqual(compared.paragraphs.map((paragraph) => paragraph.to?.label ?? paragraph.from?.label ?? null));
    renumbered.rows.forEach((row, i) => {
      expect(side(row.segments, "before")).toBe(compared.paragraphs[i]?.from?.text ?? "");
      expect(side(row.segments, "after")).toBe(compared.paragraphs[i]?.to?.text ?? "");
    });
    const added = report.pairs.find((pair) => pair.kind === "added")!;
    expect(added.rows).toHaveLength(1);
    expect(added.rows[0]!.segments.map((segment) => segment.type)).toEqual(["insert"]);
    // A merge too is shown paragraph by paragraph, each under its number in the new article.
    const merged = report.pairs.find((pair) => pair.kind === "merged")!;
    const mergedSource = source.comparison.pairs.find((pair) => pair.kind === "merged")!;
    expect(merged.rows.map((row) => row.label)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7."]);
    expect(merged.rows.map((row) => side(row.segments, "after")).join("\n")).toBe(mergedSource.to[0]!.text);
  });

  it("redlines a heading only when it changed", () => {
    const changedHeadings = report.pairs.filter((pair) => pair.headingChange !== null);
    for (const pair of changedHeadings) expect(pair.headingChange!.some((segment) => segment.type !== "equal")).toBe(true);
    const compared = source.comparison.pairs.filter((pair) => pair.kind !== "unchanged" && pair.headingOps.some((op) => op.type !== "equal"));
    expect(changedHeadings).toHaveLength(compared.length);
  });

  describe("as DOCX", () => {
    let parts: Map<string, string>;
    let rawText: string;
    beforeAll(async () => {
      const bytes = await toComparisonDocx(report);
      parts = await docxParts(bytes);
      rawText = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    });

    it("is a package of well-formed XML parts with a page-numbered footer", () => {
      for (const [name, xml] of parts) if (/\.(xml|rels)$/.test(name)) assertWellFormedXml(name, xml);
      const footer = [...parts].find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? "";
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    });

    it("names the drafts and sums up the changes", () => {
      expect(rawText).toContain("Comparison of two drafts: Zero draft (sample) → Revised draft (sample)");
      expect(rawText).toContain("Zero draft (sample) (SAMPLE/AHC.1/DRAFT.2), 2032-02-02, English");
      expect(rawText).toMatch(/Articles before\s+31\s+Articles after\s+34\s+Changed\s+17/);
      expect(rawText).toContain("Renumbered without other change: Art. 7 → Art. 8, Art. 8 → Art. 9");
      expect(rawText).toContain("Generated by Draftwatch on 2033-02-01");
    });

    it("writes each pair's diff as tracked changes: accepted, they give the later draft's text", () => {
      expect(rawText).toContain("Art. 23 → Art. 26: Conditions and safeguards");
      expect(rawText).toContain("changed, renumbered");
      const document = parts.get("word/document.xml") ?? "";
      const revisions = [...document.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
      expect(new Set(revisions.map((match) => match[3]))).toEqual(new Set(["Draftwatch"]));
      expect(new Set(revisions.map((match) => match[4]))).toEqual(new Set(["2033-02-01T10:20:30Z"]));
      expect(new Set(revisions.map((match) => match[2])).size).toBe(revisions.length);
      const renumbered = report.pairs.find((pair) => pair.from[0] === "Art. 23")!;
      for (const row of renumbered.rows) for (const line of side(row.segments, "after").split("\n")) if (line.trim()) expect(rawText).toContain(line.trim());
      const deleted = textsInside(document, "w:del").join(" ");
      expect(deleted).toContain(decodeXml("Serious crime"));
    });
  });

  describe("as print HTML", () => {
    const html = toComparisonHtml(report);

    it("is a self-contained, inert document with the language and direction of every text", () => {
      expectInertHtml(html);
      expectLanguageAndDirectionOnText(html);
    });

    it("has the DOCX's content: drafts, summary, pairs, struck and underlined words", () => {
      expect(html).toContain("<h1 lang=\"\" dir=\"ltr\">Comparison of two drafts: Zero draft (sample) → Revised draft (sample)</h1>");
      expect(html).toContain("<tr><td>Articles before</td><td>31</td></tr>");
      expect(html).toContain('<h3 lang="" dir="ltr">Art. 23 → Art. 26: Conditions and safeguards</h3>');
      expect(html).toContain('<p class="pair-status" lang="en" dir="ltr">changed, renumbered</p>');
      expect(html).toMatch(/<p lang="en" dir="ltr"><span class="label">\(g\)<\/span> <del>“Serious crime” shall mean/);
      expect(html.match(/<section class="pair">/g)).toHaveLength(report.pairs.length);
    });

    it("escapes headings and text from the drafts", () => {
      const hostile = structuredClone(report);
      hostile.pairs[0]!.heading = "<img src=x onerror=alert(1)>";
      hostile.pairs[0]!.rows[0]!.segments = [{ type: "insert", text: "<script>alert(1)</script>" }];
      const written = toComparisonHtml(hostile);
      expectInertHtml(written);
      expect(written).toContain("<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>");
    });

    it("writes an Arabic draft's text right to left", () => {
      const arabic = comparisonReport(demoComparison("sample-3-revised.ar.txt", "sample-3-revised.ar.txt"), { generatedAt: GENERATED_AT, scope: "all" });
      expect(arabic.pairs.length).toBeGreaterThan(30);
      const written = toComparisonHtml(arabic);
      expectLanguageAndDirectionOnText(written);
      expect(written).toMatch(/<p lang="ar" dir="rtl"><span class="label">1 -<\/span> /);
      // The description of a draft reads in the direction of its title, here English.
      expect(written).toContain('<span lang="" dir="ltr">Revised draft, Arabic version (sample)');
    });
  });
});
