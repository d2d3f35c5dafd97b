// The one test of a link address, used by the schema, the sanitiser, the renderer, the text
// exports and the editor. It accepts only what a reader can see: browsers drop tabs and
// newlines inside a scheme ("java\tscript:") and trim leading spaces, so any invisible
// character refuses the address rather than being cleaned up.

export const MAX_HREF_LENGTH = 2_048;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{Cs}\s]/u;
// The scheme must be spelled out at the very start (no entities, no protocol-relative "//");
// http(s) must be followed by "//" and a host, mailto by an address.
const SPELLED_OUT = /^(?:https?:\/\/[^/?#]|mailto:[^/?#])/i;
const PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

export function isAllowedHref(href: unknown): boolean {
  if (typeof href !== "string" || href.length > MAX_HREF_LENGTH) return false;
  // Browsers read "\" as "/" in web addresses, which hides where the host really ends.
  if (INVISIBLE.test(href) || href.includes("\\") || !SPELLED_OUT.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === "mailto:") return true;
  // "https://trusted.example@evil.example" shows one host and opens another.
  return url.hostname !== "" && url.username === "" && url.password === "";
}

export const hrefRule = "A link must start with http://, https:// or mailto:.";
