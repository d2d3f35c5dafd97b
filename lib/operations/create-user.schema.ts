import { z } from "zod";
import { ROLES } from "../auth/permissions";
import { MIN_PASSWORD_LENGTH } from "../auth/password";

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(200),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
  organizationId: z.string().min(1, "Choose an organisation."),
  role: z.enum(ROLES, "Choose a role."),
  password: z.string().min(MIN_PASSWORD_LENGTH, `The initial password needs at least ${MIN_PASSWORD_LENGTH} characters.`).max(200),
});

export type CreateUserInput = z.input<typeof createUserSchema>;
