import type { AlignArticlesOptions } from "./types";

/** Languages differ when both are given and their primary subtags differ ("en-GB" is "en"). */
export function differentLanguages(language: AlignArticlesOptions["language"]): boolean {
  const primary = (code: string | undefined) => code?.toLowerCase().split(/[-_]/)[0];
  const from = primary(language?.from);
  const to = primary(language?.to);
  return from !== undefined && to !== undefined && from !== to;
}
