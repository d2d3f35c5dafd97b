import type { Role } from "../../lib/auth/permissions";

// Demo sign-ins, printed by `npm run dev` and listed in the README. Never use them on a public instance.
export const DEMO_PASSWORD = "draftwatch-demo";

export const demoOrganizations = [
  { slug: "draftwatch-team", name: "Draftwatch team", kind: "OTHER" },
  { slug: "digital-rights-coalition", name: "Digital Rights Coalition (sample NGO)", kind: "NGO" },
  { slug: "ohchr-demo", name: "UN Human Rights Office (OHCHR) — demo", kind: "OHCHR" },
] as const;

export type DemoOrganizationSlug = (typeof demoOrganizations)[number]["slug"];

export const demoAccounts: { email: string; name: string; role: Role; organization: DemoOrganizationSlug; note: string }[] = [
  { email: "admin@draftwatch.example", name: "Amira Haddad", role: "ADMIN", organization: "draftwatch-team", note: "manages users" },
  { email: "editor@draftwatch.example", name: "Lucas Moreau", role: "EDITOR", organization: "digital-rights-coalition", note: "imports drafts" },
  { email: "ha.nguyen@rights-coalition.example", name: "Nguyễn Thu Hà", role: "ANALYST", organization: "digital-rights-coalition", note: "NGO analyst" },
  { email: "daniel.okafor@rights-coalition.example", name: "Daniel Okafor", role: "ANALYST", organization: "digital-rights-coalition", note: "NGO analyst" },
  { email: "sofia.ramirez@ohchr.example", name: "Sofía Ramírez", role: "ANALYST", organization: "ohchr-demo", note: "OHCHR analyst" },
  { email: "viewer@draftwatch.example", name: "Jonas Berg", role: "VIEWER", organization: "draftwatch-team", note: "reads only" },
];
