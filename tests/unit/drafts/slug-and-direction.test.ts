import { describe, expect, it } from "vitest";
import { slugify } from "../../../lib/drafts/slug";
import { languageName, textDirection } from "../../../lib/i18n/text-direction";

describe("slugify", () => {
  it("keeps Latin letters and digits, drops accents and punctuation", () => {
    expect(slugify("United Nations Convention against Cybercrime")).toBe("united-nations-convention-against-cybercrime");
    expect(slugify("Convención — Artículo 5 (revisado)")).toBe("convencion-articulo-5-revisado");
    expect(slugify("Công ước về tội phạm mạng")).toBe("cong-uoc-ve-toi-pham-mang");
  });
  it("gives a stable slug to titles without Latin letters", () => {
    expect(slugify("اتفاقية الأمم المتحدة")).toMatch(/^t-[0-9a-f]{10}$/);
    expect(slugify("اتفاقية الأمم المتحدة")).toBe(slugify("اتفاقية الأمم المتحدة"));
    expect(slugify("اتفاقية الأمم المتحدة")).not.toBe(slugify("联合国公约"));
  });
});

describe("textDirection", () => {
  it("is right to left for Arabic and other RTL scripts only", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ar-EG")).toBe("rtl");
    expect(["en", "zh", "vi", "ru"].map(textDirection)).toEqual(["ltr", "ltr", "ltr", "ltr"]);
    expect(languageName("vi")).toBe("Vietnamese");
  });
});
