import { isAllowedHref } from "./allowed-href";

/**
 * What an analyst typed into the link box, as an address the schema accepts, or null.
 * People type "example.org" or "name@example.org"; the scheme is added for them.
 */
export function completeHref(typed: string): string | null {
  const address = typed.trim();
  if (address === "") return null;
  if (isAllowedHref(address)) return address;
  // Something that already names a scheme (or is protocol-relative) is never rewritten.
  if (/^[a-z][a-z0-9+.-]*:/i.test(address) || address.startsWith("/")) return null;
  const completed = /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(address) ? `mailto:${address}` : `https://${address}`;
  return isAllowedHref(completed) ? completed : null;
}
