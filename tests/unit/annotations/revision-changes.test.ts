import { describe, expect, it } from "vitest";
import { revisionChanges } from "../../../lib/annotations/revision-changes";
import { plainTextToRichText } from "../../../lib/rich-text/from-plain-text";

const snapshot = (overrides: Record<string, unknown> = {}) => ({
  visibility: "ORGANIZATION",
  stance: "CONCERN",
  status: "OPEN",
  sourceKind: "NGO",
  sourceOrganization: "Digital Rights Coalition",
  body: plainTextToRichText("Name the safeguards."),
  proposedText: null,
  tags: ["safeguards", "privacy"],
  deleted: false,
  ...overrides,
});

describe("revisionChanges", () => {
  it("gives nothing when a revision changed no field (a carry forward, or a reply written before replies were kept in the history)", () => {
    expect(revisionChanges(snapshot(), snapshot({ tags: ["privacy", "safeguards"] }))).toEqual([]);
  });

  it("gives the commentary and the proposed amendment as word diffs", () => {
    const changes = revisionChanges(snapshot(), snapshot({ body: plainTextToRichText("Name the judicial safeguards."), proposedText: "subject to review" }));
    expect(changes).toEqual([
      { field: "Commentary", ops: [{ type: "equal", text: "Name the " }, { type: "insert", text: "judicial " }, { type: "equal", text: "safeguards." }] },
      { field: "Proposed amendment", ops: [{ type: "insert", text: "subject to review" }] },
    ]);
  });

  it("gives the reply a revision wrote, rewrote or deleted as a word diff", () => {
    expect(revisionChanges(snapshot(), snapshot({ reply: { before: "", after: "Agreed." } }))).toEqual([{ field: "Reply", ops: [{ type: "insert", text: "Agreed." }] }]);
    expect(revisionChanges(snapshot(), snapshot({ reply: { before: "Agreed.", after: "Agreed, with a caveat." } }))).toEqual([
      { field: "Reply", ops: [{ type: "equal", text: "Agreed" }, { type: "insert", text: ", with a caveat" }, { type: "equal", text: "." }] },
    ]);
    expect(revisionChanges(snapshot(), snapshot({ reply: { before: "Agreed.", after: "" } }))).toEqual([{ field: "Reply", ops: [{ type: "delete", text: "Agreed." }] }]);
  });

  it("gives choices in the words of the interface, before and after", () => {
    const changes = revisionChanges(snapshot(), snapshot({ stance: "PROPOSAL", visibility: "PUBLIC", status: "RESOLVED", sourceOrganization: null, tags: ["scope"] }));
    expect(changes).toEqual([
      { field: "Stance", before: "Concern", after: "Proposal" },
      { field: "Status", before: "Open", after: "Resolved" },
      { field: "Visible to", before: "My organisation", after: "Everyone" },
      { field: "Source organisation", before: "Digital Rights Coalition", after: "" },
      { field: "Tags", before: "privacy, safeguards", after: "scope" },
    ]);
  });

  it("gives nothing for the first revision or one of another shape, rather than failing the history", () => {
    expect(revisionChanges(undefined, snapshot())).toEqual([]);
    expect(revisionChanges({ body: "old" }, snapshot())).toEqual([]);
  });

  it("keeps Vietnamese words whole, diacritics and all, in the commentary's diff", () => {
    const [change] = revisionChanges(snapshot({ body: plainTextToRichText("Cần bảo đảm quyền con người.") }), snapshot({ body: plainTextToRichText("Cần bảo đảm nhân quyền.") }));
    expect(change && "ops" in change && change.ops.filter((op) => op.type !== "equal").map((op) => op.text.trim())).toEqual(["quyền con người", "nhân quyền"]);
  });
});
