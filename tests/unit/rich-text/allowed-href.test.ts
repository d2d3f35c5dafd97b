import { describe, expect, it } from "vitest";
import { isAllowedHref } from "../../../lib/rich-text/allowed-href";
import { completeHref } from "../../../lib/rich-text/complete-href";

describe("isAllowedHref", () => {
  it.each([
    "https://www.ohchr.org/en/cybercrime",
    "http://example.org",
    "https://example.org:8443/path?q=1#top",
    "HTTPS://EXAMPLE.ORG/",
    "https://vi.wikipedia.org/wiki/Việt_Nam",
    "https://ar.example.org/اتفاقية",
    "mailto:analyst@example.org",
    "mailto:analyst@example.org?subject=Article%206&body=Hello",
  ])("accepts %s", (href) => {
    expect(isAllowedHref(href)).toBe(true);
  });

  it.each([
    ["javascript", "javascript:alert(1)"],
    ["upper-case javascript", "JAVASCRIPT:alert(1)"],
    ["mixed-case javascript", "JaVaScRiPt:alert(1)"],
    ["tab inside the scheme", "java\tscript:alert(1)"],
    ["newline inside the scheme", "java\nscript:alert(1)"],
    ["carriage return inside the scheme", "java\rscript:alert(1)"],
    ["entity-encoded letter", "&#106;avascript:alert(1)"],
    ["entity-encoded tab", "jav&#x09;ascript:alert(1)"],
    ["hex entity colon", "javascript&#x3A;alert(1)"],
    ["leading space", " javascript:alert(1)"],
    ["leading space before https", " https://example.org"],
    ["trailing newline", "https://example.org\n"],
    ["NUL before the scheme", "\u0000javascript:alert(1)"],
    ["zero-width space", "java\u200Bscript:alert(1)"],
    ["data URL", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["vbscript", "vbscript:msgbox(1)"],
    ["file", "file:///etc/passwd"],
    ["ftp", "ftp://example.org"],
    ["protocol-relative", "//evil.example"],
    ["relative path", "/annotations/1"],
    ["no scheme", "example.org"],
    ["https without slashes", "https:evil.example"],
    ["backslashes", "https:\\\\evil.example"],
    ["credentials hiding the host", "https://trusted.example@evil.example"],
    ["empty mailto", "mailto:"],
    ["empty", ""],
    ["too long", `https://example.org/${"a".repeat(2_100)}`],
  ])("refuses %s", (_, href) => {
    expect(isAllowedHref(href)).toBe(false);
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 1, {}, ["https://example.org"]]) expect(isAllowedHref(value)).toBe(false);
  });
});

describe("completeHref", () => {
  it("keeps a complete address and adds the scheme people leave out", () => {
    expect(completeHref("  https://example.org/a ")).toBe("https://example.org/a");
    expect(completeHref("www.ohchr.org/en")).toBe("https://www.ohchr.org/en");
    expect(completeHref("analyst@example.org")).toBe("mailto:analyst@example.org");
  });

  it("never turns another scheme into an allowed one", () => {
    expect(completeHref("javascript:alert(1)")).toBeNull();
    expect(completeHref("data:text/html,<script>")).toBeNull();
    expect(completeHref("//evil.example")).toBeNull();
    expect(completeHref("java\tscript:alert(1)")).toBeNull();
    expect(completeHref("")).toBeNull();
    expect(completeHref("not an address")).toBeNull();
  });
});
