import { describe, expect, it } from "vitest";
import { can, effectiveRole, OPERATOR, ROLES, type Action, type Actor, type AnnotationResource, type Role } from "../../../lib/auth/permissions";
import { safeReturnPath } from "../../../lib/auth/safe-return-path";

type RoleAction = Exclude<Action, "annotation:read" | "annotation:reply" | "annotation:resolve" | "annotation:edit" | "reply:edit" | "submission:read" | "submission:edit">;

const expected: Record<RoleAction, Role[]> = {
  "draft:read": ["ADMIN", "EDITOR", "ANALYST", "VIEWER"],
  "draft:import": ["ADMIN", "EDITOR"],
  "alignment:edit": ["ADMIN", "EDITOR"],
  "user:manage": ["ADMIN"],
  "tag:manage": ["ADMIN", "EDITOR"],
  "annotation:create": ["ADMIN", "EDITOR", "ANALYST"],
  "submission:create": ["ADMIN", "EDITOR", "ANALYST"],
};

describe("can", () => {
  for (const [action, allowed] of Object.entries(expected) as [RoleAction, Role[]][]) {
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

describe("can, on one annotation", () => {
  const ORG = "ngo";
  const OTHER_ORG = "ohchr";
  const author = (role: Role): Actor => ({ kind: "user", id: "author", role, organizationIds: [ORG] });
  const colleague = (role: Role): Actor => ({ kind: "user", id: "colleague", role, organizationIds: [ORG] });
  const outsider = (role: Role): Actor => ({ kind: "user", id: "outsider", role, organizationIds: [OTHER_ORG] });
  const annotation = (visibility: AnnotationResource["visibility"], deleted = false): AnnotationResource => ({ authorId: "author", organizationId: ORG, visibility, deleted });
  const actions = ["annotation:read", "annotation:reply", "annotation:resolve", "annotation:edit"] as const;

  // [who, visibility] → the actions allowed, for an analyst; viewers may only read what they may see.
  const matrix: [string, (r: Role) => Actor, AnnotationResource["visibility"], (typeof actions)[number][]][] = [
    ["author", author, "PRIVATE", ["annotation:read", "annotation:reply", "annotation:resolve", "annotation:edit"]],
    ["author", author, "ORGANIZATION", ["annotation:read", "annotation:reply", "annotation:resolve", "annotation:edit"]],
    ["author", author, "PUBLIC", ["annotation:read", "annotation:reply", "annotation:resolve", "annotation:edit"]],
    ["colleague", colleague, "PRIVATE", []],
    ["colleague", colleague, "ORGANIZATION", ["annotation:read", "annotation:reply", "annotation:resolve"]],
    ["colleague", colleague, "PUBLIC", ["annotation:read", "annotation:reply", "annotation:resolve"]],
    ["outsider", outsider, "PRIVATE", []],
    ["outsider", outsider, "ORGANIZATION", []],
    ["outsider", outsider, "PUBLIC", ["annotation:read", "annotation:reply", "annotation:resolve"]],
  ];

  for (const [who, actor, visibility, allowed] of matrix) {
    for (const role of ROLES) {
      const expectedForRole = role === "VIEWER" ? allowed.filter((a) => a === "annotation:read") : allowed;
      it(`${role.toLowerCase()} ${who}, ${visibility.toLowerCase()} annotation: ${expectedForRole.join(", ") || "nothing"}`, () => {
        expect(actions.filter((action) => can(actor(role), action, annotation(visibility)))).toEqual(expectedForRole);
      });
    }
  }

  it("lets nobody see a deleted annotation, not even its author or an admin", () => {
    for (const actor of [author("ADMIN"), colleague("ADMIN"), outsider("ADMIN")]) {
      expect(actions.filter((action) => can(actor, action, annotation("PUBLIC", true)))).toEqual([]);
    }
  });

  it("refuses visitors and lets the operator do anything", () => {
    expect(can(null, "annotation:read", annotation("PUBLIC"))).toBe(false);
    expect(can(OPERATOR, "annotation:edit", annotation("PRIVATE"))).toBe(true);
  });
});

describe("can, on one reply", () => {
  const ORG = "ngo";
  const annotation = (visibility: AnnotationResource["visibility"], deleted = false): AnnotationResource => ({ authorId: "annotator", organizationId: ORG, visibility, deleted });
  const member = (id: string, role: Role = "ANALYST"): Actor => ({ kind: "user", id, role, organizationIds: [ORG] });
  const reply = (visibility: AnnotationResource["visibility"], deleted = false) => ({ replyAuthorId: "replier", annotation: annotation(visibility, deleted) });

  it("lets its author alone edit or delete it, while they may see the annotation", () => {
    expect(can(member("replier"), "reply:edit", reply("ORGANIZATION"))).toBe(true);
    expect(can(member("annotator"), "reply:edit", reply("ORGANIZATION"))).toBe(false);
    expect(can(member("someone", "ADMIN"), "reply:edit", reply("PUBLIC"))).toBe(false);
    // The annotation was made private or deleted since: its thread is out of reach.
    expect(can(member("replier"), "reply:edit", reply("PRIVATE"))).toBe(false);
    expect(can(member("replier"), "reply:edit", reply("PUBLIC", true))).toBe(false);
    expect(can({ kind: "user", id: "replier", role: "ANALYST", organizationIds: [] }, "reply:edit", reply("ORGANIZATION"))).toBe(false);
  });

  it("lets a replier who became a viewer no longer change it, and no annotation action apply to a reply", () => {
    expect(can(member("replier", "VIEWER"), "reply:edit", reply("PUBLIC"))).toBe(false);
    expect(can(member("replier"), "annotation:edit", reply("PUBLIC"))).toBe(false);
    expect(can(member("replier"), "reply:edit")).toBe(false);
  });
});
