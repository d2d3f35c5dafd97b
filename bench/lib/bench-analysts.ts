import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";
import type { OrganizationKind } from "../../lib/db/generated/prisma/enums";

// Organisations beyond the demo's three, so that "my organisation" visibility splits the
// commentary as on a real instance where many delegations and NGOs annotate the same drafts.
const ORGANIZATIONS: { name: string; kind: OrganizationKind }[] = [
  { name: "Open Networks Institute", kind: "NGO" },
  { name: "Privacy Forum Africa", kind: "NGO" },
  { name: "Press Freedom Alliance", kind: "NGO" },
  { name: "Centre for Cyber Law, Leiden (sample)", kind: "ACADEMIC" },
  { name: "Institute of Criminal Justice Studies", kind: "ACADEMIC" },
  { name: "Delegation of a sample State", kind: "STATE" },
  { name: "Another sample delegation", kind: "STATE" },
  { name: "Regional human rights commission (sample)", kind: "OTHER" },
];
const ANALYSTS_PER_ORGANIZATION = 3;

export interface Analyst {
  id: string;
  organization: { id: string; name: string; kind: OrganizationKind };
}

/** Adds the organisations and their analysts; returns them with every demo account that may write. */
export async function addBenchAnalysts(db: Db): Promise<Analyst[]> {
  // Their password is the demo one: whoever inspects the bench database can sign in as them.
  const { passwordHash } = await db.user.findFirstOrThrow({ select: { passwordHash: true } });
  const organizations = ORGANIZATIONS.map((org, i) => ({ id: randomUUID(), slug: `bench-org-${i + 1}`, ...org }));
  const members = organizations.flatMap((org, i) =>
    Array.from({ length: ANALYSTS_PER_ORGANIZATION }, (_, j) => ({
      organizationId: org.id,
      user: { id: randomUUID(), email: `analyst-${i + 1}-${j + 1}@bench.example`, name: `Analyst ${j + 1} of ${org.name}`, passwordHash },
    })),
  );
  await db.$transaction([
    db.organization.createMany({ data: organizations }),
    db.user.createMany({ data: members.map((m) => m.user) }),
    db.membership.createMany({ data: members.map((m) => ({ userId: m.user.id, organizationId: m.organizationId, role: "ANALYST" as const })) }),
  ]);
  const writers = await db.membership.findMany({ where: { role: { not: "VIEWER" } }, include: { organization: true } });
  return writers.map((m) => ({ id: m.userId, organization: { id: m.organization.id, name: m.organization.name, kind: m.organization.kind } }));
}
