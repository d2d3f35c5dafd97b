import { createHash, randomBytes } from "node:crypto";

// Personal API tokens: shown once, stored only as a hash, so a database leak does not leak them.
const PREFIX = "dw_";

export function newApiToken(): { token: string; hash: string } {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length > PREFIX.length + 20;
}
