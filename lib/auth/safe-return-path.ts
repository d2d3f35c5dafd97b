/** Only a path on this site: an absolute or protocol-relative URL could send a user elsewhere after sign-in. */
export function safeReturnPath(candidate: string | undefined | null): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  return candidate;
}
