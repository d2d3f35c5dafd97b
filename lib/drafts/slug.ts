import { createHash } from "node:crypto";

/** A URL-safe slug; text with no Latin letters (Arabic, Chinese titles) gets a stable hash instead. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || `t-${createHash("sha256").update(text).digest("hex").slice(0, 10)}`;
}
