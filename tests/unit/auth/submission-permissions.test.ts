import { describe, expect, it } from "vitest";
import { can, OPERATOR, ROLES, type Actor, type Role, type SubmissionResource } from "../../../lib/auth/permissions";

// A submission is read by whoever started it and by its organisation's members, whatever their
// role; among them analysts and above change it. Nobody else, admins included, sees it.

const submission: SubmissionResource = { createdById: "starter", organizationId: "ngo" };

function user(id: string, role: Role, organizationIds: string[]): Actor {
  return { kind: "user", id, role, organizationIds };
}

const relations = {
  starter: (role: Role) => user("starter", role, []),
  "member of its organisation": (role: Role) => user("member", role, ["ngo"]),
  "member of another organisation": (role: Role) => user("other", role, ["ohchr"]),
};

const expected: Record<keyof typeof relations, { read: Role[]; edit: Role[] }> = {
  starter: { read: [...ROLES], edit: ["ADMIN", "EDITOR", "ANALYST"] },
  "member of its organisation": { read: [...ROLES], edit: ["ADMIN", "EDITOR", "ANALYST"] },
  "member of another organisation": { read: [], edit: [] },
};

describe("can, on a submission", () => {
  for (const [relation, make] of Object.entries(relations) as [keyof typeof relations, (role: Role) => Actor][]) {
    it(`lets exactly the right roles read and edit as ${relation}`, () => {
      expect(ROLES.filter((role) => can(make(role), "submission:read", submission))).toEqual(expected[relation].read);
      expect(ROLES.filter((role) => can(make(role), "submission:edit", submission))).toEqual(expected[relation].edit);
    });
  }

  it("refuses the signed-out and annotation actions on a submission; the operator may do anything", () => {
    expect(can(null, "submission:read", submission)).toBe(false);
    expect(can(user("starter", "ADMIN", []), "annotation:edit", submission)).toBe(false);
    expect(can(OPERATOR, "submission:edit", submission)).toBe(true);
  });

  it("needs a submission to read or edit one", () => {
    expect(can(user("starter", "ADMIN", ["ngo"]), "submission:read")).toBe(false);
    expect(can(user("starter", "ADMIN", ["ngo"]), "submission:edit")).toBe(false);
  });

  it("keeps an organisation-less submission to the one who started it", () => {
    const own: SubmissionResource = { createdById: "starter", organizationId: null };
    expect(can(user("starter", "ANALYST", []), "submission:edit", own)).toBe(true);
    expect(can(user("member", "ADMIN", ["ngo"]), "submission:read", own)).toBe(false);
  });
});
