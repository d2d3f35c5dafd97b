import { describe, expect, it } from "vitest";
import { tokenise } from "../../../lib/alignment/normalise";

describe("tokenise", () => {
  it("lowercases, drops punctuation and bare numbers", () => {
    expect(tokenise("Each State Party shall, within [90] days: (i) adopt…")).toEqual(["each", "state", "party", "shall", "within", "days", "i", "adopt"]);
  });

  it("drops cross-references, which change with every renumbering", () => {
    const before = tokenise("as provided for in articles 17 and 24 of this Convention");
    expect(before).toEqual(["as", "provided", "for", "in", "of", "this", "convention"]);
    expect(tokenise("as provided for in articles 19 and 27 of this Convention")).toEqual(before);
    expect(tokenise("Articles 2 through 5 apply")).toEqual(["apply"]);
    expect(tokenise("within the meaning of article 27, paragraph 2, of this Convention")).toEqual(["within", "the", "meaning", "of", "of", "this", "convention"]);
    expect(tokenise("subparagraph (a) or (b) applies")).toEqual(["applies"]);
    expect(tokenise("artikel 2 tot en met 5 van dit Verdrag")).toEqual(["van", "dit", "verdrag"]);
    expect(tokenise("وفقا للمادة 26 من الاتفاقية")).toEqual(["وفقا", "للمادة", "من", "الاتفاقية"]);
    expect(tokenise("المادة 26 من الاتفاقية")).toEqual(["من", "الاتفاقية"]);
  });

  it("keeps a reference word that is not followed by a number", () => {
    expect(tokenise("this article shall apply")).toEqual(["this", "article", "shall", "apply"]);
  });

  it("keeps Arabic words whole with their vowel signs, without tatweel", () => {
    expect(tokenise("المَادَّةُ الأُولى")).toEqual(["المَادَّةُ", "الأُولى"]);
    expect(tokenise("الـدول")).toEqual(["الدول"]);
    expect(tokenise("المادة ١٢ تطبق")).toEqual(["تطبق"]);
  });

  it("keeps Vietnamese combining marks inside the word and composes them", () => {
    const decomposed = "Vie\u0323\u0302t Nam ba\u0309o ve\u0323\u0302";
    expect(tokenise(decomposed)).toEqual(["việt", "nam", "bảo", "vệ"]);
    expect(tokenise("a\u0331b c")).toEqual(["a\u0331b", "c"]);
  });

  it("reads Chinese and Japanese as character bigrams", () => {
    expect(tokenise("计算机系统")).toEqual(["计算", "算机", "机系", "系统"]);
    expect(tokenise("第5条 数据")).toEqual(["第", "条", "数据"]);
    expect(tokenise("データ保護")).toEqual(["デー", "ータ", "タ保", "保護"]);
    expect(tokenise("ICT系统")).toEqual(["ict", "系统"]);
  });

  it("folds compatibility forms (NFKC)", () => {
    expect(tokenise("ﬁnancial ＡＢＣ")).toEqual(["financial", "abc"]);
  });
});
