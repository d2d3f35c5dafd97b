import { describe, expect, it } from "vitest";
import { chineseNumeralValue } from "../../../lib/draft-text/chinese-numerals";
import { matchStructuralHeading } from "../../../lib/draft-text/headings";
import { matchParagraphMarker, matchSubparagraphMarker } from "../../../lib/draft-text/numbering";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import { outline } from "./helpers/outline";

// Small drafts in each language's own conventions: two chapters, three articles, numbered
// paragraphs and lettered items, as the committee publishes them.

const CHINESE = `联合国打击网络犯罪公约草案

序言

本公约缔约国，

兹协议如下：

第一章
总则

第一条
宗旨说明

本公约的宗旨是：
(一)促进和加强各项措施，以便更加高效和有效地预防和打击网络犯罪；
(二)促进、便利和加强国际合作。

第二条
术语的使用

1.在本公约中：
（一）“信息和通信技术系统”系指任何设备；
（二）“电子数据”系指任何信息：
（1）包括软件；
（2）包括数据库。
2.本条不影响缔约国的国内法。

第二章 刑事定罪

第二十四条
非法访问

1. 各缔约国均应采取必要的立法和其他措施。
2. 缔约国可以规定该犯罪须具有不诚实的意图。`;

const RUSSIAN = `Проект конвенции

Преамбула

Государства — участники настоящей Конвенции,

согласились о нижеследующем:

Глава I
Общие положения

Статья 1
Цели

Цели настоящей Конвенции заключаются в следующем:
а) содействие принятию и укреплению мер;
б) содействие международному сотрудничеству;
в) содействие оказанию технической помощи.

Статья 2
Термины

1. Для целей настоящей Конвенции:
а) «электронные данные» означают любую информацию;
б) «поставщик услуг» означает:
i) любую государственную организацию;
ii) любую частную организацию.
2. Ничто в настоящей статье не затрагивает внутреннего права.

Глава II
Криминализация

Статья 3
Незаконный доступ

1. Каждое государство-участник принимает необходимые меры.
2. Государство-участник может требовать наличия умысла.`;

const FRENCH = `Projet de convention

Préambule

Les États parties à la présente Convention,

Sont convenus de ce qui suit :

Chapitre premier
Dispositions générales

Article premier
Objet

La présente Convention a pour objet :
a) De promouvoir et renforcer les mesures visant à prévenir la cybercriminalité ;
b) De promouvoir la coopération internationale.

Article 2
Terminologie

1. Aux fins de la présente Convention :
a) L’expression « données électroniques » désigne toute information :
i) Y compris les logiciels ;
ii) Y compris les bases de données ;
b) L’expression « fournisseur de services » désigne toute entité.
2. Le présent article est sans préjudice du droit interne.

Chapitre II
Incrimination

Article 3
Accès illégal

1. Chaque État partie adopte les mesures nécessaires.
2. Un État partie peut exiger une intention délictueuse.`;

const SPANISH = `Proyecto de convención

Preámbulo

Los Estados partes en la presente Convención,

Han convenido en lo siguiente:

Capítulo I
Disposiciones generales

Artículo 1
Finalidad

La finalidad de la presente Convención es:
a) Promover y fortalecer las medidas para prevenir y combatir la ciberdelincuencia;
b) Promover la cooperación internacional.

Artículo 2
Definiciones

1. A los efectos de la presente Convención:
a) Por «datos electrónicos» se entenderá toda información:
i) Incluidos los programas informáticos;
ii) Incluidas las bases de datos;
b) Por «proveedor de servicios» se entenderá toda entidad.
2. El presente artículo se entenderá sin perjuicio del derecho interno.

CAPÍTULO II
Penalización

Artículo 3
Acceso ilícito

1. Cada Estado parte adoptará las medidas necesarias.
2. Un Estado parte podrá exigir una intención dolosa.`;

const VIETNAMESE = `Dự thảo Công ước

Lời nói đầu

Các Quốc gia thành viên Công ước này,

Đã thỏa thuận như sau:

Chương I
Những quy định chung

Điều 1
Mục đích

Mục đích của Công ước này là:
a) Thúc đẩy và tăng cường các biện pháp phòng, chống tội phạm;
b) Thúc đẩy hợp tác quốc tế;
c) Thúc đẩy hỗ trợ kỹ thuật;
d) Tăng cường năng lực;
đ) Bảo vệ quyền con người.

Điều 2
Giải thích từ ngữ

1. Trong Công ước này:
a) “Dữ liệu điện tử” là mọi thông tin;
b) “Nhà cung cấp dịch vụ” là mọi tổ chức.
2. Điều này không ảnh hưởng đến pháp luật quốc gia.

Chương II
Hình sự hóa

Điều 3
Truy cập trái phép

1. Mỗi Quốc gia thành viên thông qua các biện pháp cần thiết.
2. Quốc gia thành viên có thể yêu cầu ý định gian dối.`;

describe("Chinese headings and numbering", () => {
  it.each([
    ["第5条", "ARTICLE", "5", null],
    ["第二十四条", "ARTICLE", "24", null],
    ["第二章", "CHAPTER", "2", null],
    ["第十二章：国际合作", "CHAPTER", "12", "国际合作"],
    ["第三节", "SECTION", "3", null],
    ["第一部分", "PART", "1", null],
    ["第五条之二", "ARTICLE", "5 bis", null],
    ["附件二", "ANNEX", "2", null],
    ["第５条", "ARTICLE", "5", null],
  ])("%s", (line, kind, number, heading) => {
    const match = matchStructuralHeading(line, "zh");
    expect(match && [match.kind, match.number, match.heading]).toEqual([kind, number, heading]);
  });

  it("does not read a sentence about an article as its heading", () => {
    expect(matchStructuralHeading("第5条规定的措施", "zh")).toBeNull();
    expect(matchStructuralHeading("第二十四条", "en")).toBeNull();
  });

  it("reads Chinese numerals", () => {
    expect([chineseNumeralValue("十"), chineseNumeralValue("十九"), chineseNumeralValue("一百零五"), chineseNumeralValue("二〇二四")]).toEqual([
      10, 19, 105, 2024,
    ]);
    expect(chineseNumeralValue("条")).toBeNull();
  });

  it("reads markers glued to Chinese text and full-width parentheses", () => {
    expect(matchParagraphMarker("1.各缔约国")).toMatchObject({ label: "1.", number: "1", rest: "各缔约国" });
    expect(matchSubparagraphMarker("（三）电子数据")).toMatchObject({ label: "（三）", number: "三", script: "chinese" });
    expect(matchSubparagraphMarker("（2）数据库")).toMatchObject({ label: "（2）", number: "2", script: "digit" });
  });

  it("builds the tree of a Chinese draft", () => {
    const draft = parseDraftText(CHINESE, { language: "zh" });
    expect(outline(draft.provisions)).toEqual([
      "PREAMBLE 序言 [-]: 本公约缔约国，\n\n兹协议如下：",
      "CHAPTER 第一章 [1] «总则»: ",
      "  ARTICLE 第一条 [1] «宗旨说明»: 本公约的宗旨是：",
      "    SUBPARAGRAPH (一) [一]: 促进和加强各项措施，以便更加高效和有效地预防和打击网络犯罪；",
      "    SUBPARAGRAPH (二) [二]: 促进、便利和加强国际合作。",
      "  ARTICLE 第二条 [2] «术语的使用»: ",
      "    PARAGRAPH 1. [1]: 在本公约中：",
      "      SUBPARAGRAPH （一） [一]: “信息和通信技术系统”系指任何设备；",
      "      SUBPARAGRAPH （二） [二]: “电子数据”系指任何信息：",
      "        SUBPARAGRAPH （1） [1]: 包括软件；",
      "        SUBPARAGRAPH （2） [2]: 包括数据库。",
      "    PARAGRAPH 2. [2]: 本条不影响缔约国的国内法。",
      "CHAPTER 第二章 [2] «刑事定罪»: ",
      "  ARTICLE 第二十四条 [24] «非法访问»: ",
      "    PARAGRAPH 1. [1]: 各缔约国均应采取必要的立法和其他措施。",
      "    PARAGRAPH 2. [2]: 缔约国可以规定该犯罪须具有不诚实的意图。",
    ]);
    expect(draft.warnings).toEqual([{ line: 31, message: "第二十四条 follows 第二条: numbering gap." }]);
  });
});

describe("Russian draft", () => {
  it("letters items with Cyrillic letters", () => {
    expect(matchSubparagraphMarker("б) содействие")).toMatchObject({ label: "б)", number: "б", script: "cyrillic" });
    expect(matchSubparagraphMarker("(в) содействие")).toMatchObject({ label: "(в)", number: "в", script: "cyrillic" });
  });

  it("builds the tree", () => {
    const draft = parseDraftText(RUSSIAN, { language: "ru" });
    expect(outline(draft.provisions)).toEqual([
      "PREAMBLE Преамбула [-]: Государства — участники настоящей Конвенции,\n\nсогласились о нижеследующем:",
      "CHAPTER Глава I [I] «Общие положения»: ",
      "  ARTICLE Статья 1 [1] «Цели»: Цели настоящей Конвенции заключаются в следующем:",
      "    SUBPARAGRAPH а) [а]: содействие принятию и укреплению мер;",
      "    SUBPARAGRAPH б) [б]: содействие международному сотрудничеству;",
      "    SUBPARAGRAPH в) [в]: содействие оказанию технической помощи.",
      "  ARTICLE Статья 2 [2] «Термины»: ",
      "    PARAGRAPH 1. [1]: Для целей настоящей Конвенции:",
      "      SUBPARAGRAPH а) [а]: «электронные данные» означают любую информацию;",
      "      SUBPARAGRAPH б) [б]: «поставщик услуг» означает:",
      "        SUBPARAGRAPH i) [i]: любую государственную организацию;",
      "        SUBPARAGRAPH ii) [ii]: любую частную организацию.",
      "    PARAGRAPH 2. [2]: Ничто в настоящей статье не затрагивает внутреннего права.",
      "CHAPTER Глава II [II] «Криминализация»: ",
      "  ARTICLE Статья 3 [3] «Незаконный доступ»: ",
      "    PARAGRAPH 1. [1]: Каждое государство-участник принимает необходимые меры.",
      "    PARAGRAPH 2. [2]: Государство-участник может требовать наличия умысла.",
    ]);
    expect(draft.warnings).toEqual([]);
  });
});

describe("French draft", () => {
  it("reads “premier” as number 1", () => {
    expect(matchStructuralHeading("Article premier", "fr")).toMatchObject({ kind: "ARTICLE", label: "Article premier", number: "1" });
    expect(matchStructuralHeading("Article 1er. Objet", "fr")).toMatchObject({ number: "1", heading: "Objet" });
  });

  it("builds the tree", () => {
    const draft = parseDraftText(FRENCH, { language: "fr" });
    expect(outline(draft.provisions)).toEqual([
      "PREAMBLE Préambule [-]: Les États parties à la présente Convention,\n\nSont convenus de ce qui suit :",
      "CHAPTER Chapitre premier [1] «Dispositions générales»: ",
      "  ARTICLE Article premier [1] «Objet»: La présente Convention a pour objet :",
      "    SUBPARAGRAPH a) [a]: De promouvoir et renforcer les mesures visant à prévenir la cybercriminalité ;",
      "    SUBPARAGRAPH b) [b]: De promouvoir la coopération internationale.",
      "  ARTICLE Article 2 [2] «Terminologie»: ",
      "    PARAGRAPH 1. [1]: Aux fins de la présente Convention :",
      "      SUBPARAGRAPH a) [a]: L’expression « données électroniques » désigne toute information :",
      "        SUBPARAGRAPH i) [i]: Y compris les logiciels ;",
      "        SUBPARAGRAPH ii) [ii]: Y compris les bases de données ;",
      "      SUBPARAGRAPH b) [b]: L’expression « fournisseur de services » désigne toute entité.",
      "    PARAGRAPH 2. [2]: Le présent article est sans préjudice du droit interne.",
      "CHAPTER Chapitre II [II] «Incrimination»: ",
      "  ARTICLE Article 3 [3] «Accès illégal»: ",
      "    PARAGRAPH 1. [1]: Chaque État partie adopte les mesures nécessaires.",
      "    PARAGRAPH 2. [2]: Un État partie peut exiger une intention délictueuse.",
    ]);
    expect(draft.warnings).toEqual([]);
  });
});

describe("Spanish draft", () => {
  it("builds the tree, whatever the case of the heading word", () => {
    const draft = parseDraftText(SPANISH, { language: "es" });
    expect(outline(draft.provisions)).toEqual([
      "PREAMBLE Preámbulo [-]: Los Estados partes en la presente Convención,\n\nHan convenido en lo siguiente:",
      "CHAPTER Capítulo I [I] «Disposiciones generales»: ",
      "  ARTICLE Artículo 1 [1] «Finalidad»: La finalidad de la presente Convención es:",
      "    SUBPARAGRAPH a) [a]: Promover y fortalecer las medidas para prevenir y combatir la ciberdelincuencia;",
      "    SUBPARAGRAPH b) [b]: Promover la cooperación internacional.",
      "  ARTICLE Artículo 2 [2] «Definiciones»: ",
      "    PARAGRAPH 1. [1]: A los efectos de la presente Convención:",
      "      SUBPARAGRAPH a) [a]: Por «datos electrónicos» se entenderá toda información:",
      "        SUBPARAGRAPH i) [i]: Incluidos los programas informáticos;",
      "        SUBPARAGRAPH ii) [ii]: Incluidas las bases de datos;",
      "      SUBPARAGRAPH b) [b]: Por «proveedor de servicios» se entenderá toda entidad.",
      "    PARAGRAPH 2. [2]: El presente artículo se entenderá sin perjuicio del derecho interno.",
      "CHAPTER CAPÍTULO II [II] «Penalización»: ",
      "  ARTICLE Artículo 3 [3] «Acceso ilícito»: ",
      "    PARAGRAPH 1. [1]: Cada Estado parte adoptará las medidas necesarias.",
      "    PARAGRAPH 2. [2]: Un Estado parte podrá exigir una intención dolosa.",
    ]);
    expect(draft.warnings).toEqual([]);
  });
});

describe("Vietnamese draft", () => {
  it("builds the tree, with “đ)” after “d)”", () => {
    const draft = parseDraftText(VIETNAMESE, { language: "vi" });
    expect(outline(draft.provisions)).toEqual([
      "PREAMBLE Lời nói đầu [-]: Các Quốc gia thành viên Công ước này,\n\nĐã thỏa thuận như sau:",
      "CHAPTER Chương I [I] «Những quy định chung»: ",
      "  ARTICLE Điều 1 [1] «Mục đích»: Mục đích của Công ước này là:",
      "    SUBPARAGRAPH a) [a]: Thúc đẩy và tăng cường các biện pháp phòng, chống tội phạm;",
      "    SUBPARAGRAPH b) [b]: Thúc đẩy hợp tác quốc tế;",
      "    SUBPARAGRAPH c) [c]: Thúc đẩy hỗ trợ kỹ thuật;",
      "    SUBPARAGRAPH d) [d]: Tăng cường năng lực;",
      "    SUBPARAGRAPH đ) [đ]: Bảo vệ quyền con người.",
      "  ARTICLE Điều 2 [2] «Giải thích từ ngữ»: ",
      "    PARAGRAPH 1. [1]: Trong Công ước này:",
      "      SUBPARAGRAPH a) [a]: “Dữ liệu điện tử” là mọi thông tin;",
      "      SUBPARAGRAPH b) [b]: “Nhà cung cấp dịch vụ” là mọi tổ chức.",
      "    PARAGRAPH 2. [2]: Điều này không ảnh hưởng đến pháp luật quốc gia.",
      "CHAPTER Chương II [II] «Hình sự hóa»: ",
      "  ARTICLE Điều 3 [3] «Truy cập trái phép»: ",
      "    PARAGRAPH 1. [1]: Mỗi Quốc gia thành viên thông qua các biện pháp cần thiết.",
      "    PARAGRAPH 2. [2]: Quốc gia thành viên có thể yêu cầu ý định gian dối.",
    ]);
    expect(draft.warnings).toEqual([]);
  });
});
