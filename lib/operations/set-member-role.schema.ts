import { z } from "zod";
import { ROLES } from "../auth/permissions";

export const setMemberRoleSchema = z.object({ membershipId: z.string().min(1), role: z.enum(ROLES, "Choose a role.") });

export type SetMemberRoleInput = z.input<typeof setMemberRoleSchema>;
