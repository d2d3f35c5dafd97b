import { describe, expect, it } from "vitest";
import { can, effectiveRole, OPERATOR, ROLES, type Action, type Role } from "../../../lib/auth/permissions";
import { safeReturnPath } from "../../../lib/auth/safe-return-path";

const expected: Record<Action, Role[]> = {
  "draft:read": ["ADMIN", "EDITOR", "ANALYST", "VIEWER"],
  "draft:import": ["ADMIN", "EDITOR"],
  "alignment:edit": ["ADMIN", "EDITOR"],
  "user:manage": ["ADMIN"],
};

describe("can", () => {
  for (const [action, allowed] of Object.entries(expected) as [Action, Role[]][]) {
    it(`lets exactly ${allowed.join(", ")} ${action}`, () => {
      const actual = ROLES.filter((role) => can({ kind: "user", id: "u", role, organizationIds: [] }, action));
      expect(actual).toEqual(allowed);
      expect(can(null, action)).toBe(false);
      expect(can(OPERATOR, action)).toBe(true);
    });
  }

  it("takes a user's highest role across organisations", () => {
    expect(effectiveRole(["VIEWER", "EDITOR", "ANALYST"])).toBe("EDITOR");
    expect(effectiveRole([])).toBe("VIEWER");
  });
});

describe("safeReturnPath", () => {
  it.each([
    ["/drafts/abc#article-24", "/drafts/abc#article-24"],
    ["https://evil.example/", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    [undefined, "/"],
  ])("%s → %s", (input, output) => expect(safeReturnPath(input)).toBe(output));
});
