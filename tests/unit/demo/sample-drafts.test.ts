import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import { sampleDrafts } from "../../../prisma/demo/sample-treaty";

const draftsDir = path.resolve(import.meta.dirname, "../../../prisma/demo/drafts");

describe.each(sampleDrafts)("sample draft $file", (draft) => {
  const parsed = parseDraftText(readFileSync(path.join(draftsDir, draft.file), "utf8"), { language: draft.language });

  it("parses without a warning", () => {
    expect(parsed.warnings).toEqual([]);
  });

  it("says it is a sample before anything else", () => {
    const preamble = parsed.provisions[0]!;
    expect(preamble.kind).toBe("PREAMBLE");
    expect(preamble.text.split("\n\n")[0]).toMatch(draft.language === "ar" ? /نموذج|عيّنة|عينة/ : /^SAMPLE TEXT/);
  });

  it("uses a symbol no one could mistake for a UN document", () => {
    expect(draft.symbol).toMatch(/^SAMPLE\//);
  });
});
