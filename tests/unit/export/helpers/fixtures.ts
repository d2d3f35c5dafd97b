// Two submissions on the demo drafts: an English one whose items carry Vietnamese commentary,
// spreadsheet formulas and XSS payloads in the places an analyst can type, and an Arabic one.

import type { SubmissionExport } from "../../../../lib/export/types";
import { bold, doc, italic, li, link, ol, p, quote, text, ul } from "../../rich-text/helpers/docs";
import { exportItem, provisionsOf } from "./export-item";

function lookup(file: string, prefix: string) {
  const provisions = provisionsOf(file, prefix);
  return (id: string) => {
    const node = provisions.get(`${prefix}/${id}`);
    if (!node) throw new Error(`No provision ${prefix}/${id}`);
    return node;
  };
}

const en = lookup("sample-3-revised.en.txt", "en");
const ar = lookup("sample-3-revised.ar.txt", "ar");

export const SAFEGUARDS = {
  quote: "that reflect the principles of legality, necessity and proportionality",
  proposed: "that reflect the principles of legality, legitimacy, necessity, proportionality and non-discrimination",
};
export const OVERSIGHT = { quote: "as appropriate to the nature of the power or procedure concerned,", proposed: "in every case," };
export const VIETNAMESE = "Các biện pháp bảo vệ phải được áp dụng trong mọi trường hợp, không tùy thuộc vào bản chất của quyền hạn hay thủ tục.";
export const SERIOUS_CRIME = { quote: "at least four years", proposed: "at least six years" };
export const FORMULA_AUTHOR = "=HYPERLINK(\"https://evil.example\",\"click\")";
export const XSS_TEXT = "<script>alert(1)</script> and [x](javascript:alert(1))";

export const ARABIC = {
  quote: "وتجسّد مبادئ الشرعية والضرورة والتناسب",
  proposed: "وتجسّد مبادئ الشرعية والمشروعية والضرورة والتناسب وعدم التمييز",
  justification: "ينبغي أن تنص الضمانات صراحةً على مبدأ عدم التمييز، وفقًا للقانون الدولي لحقوق الإنسان.",
};

export function englishSubmission(): SubmissionExport {
  const article26 = en("Chapter IV/Article 26");
  const article27 = en("Chapter V/Article 27");
  return {
    title: "Joint submission on the revised draft: safeguards and scope",
    organizations: ["Digital Rights Watch", "Trung tâm Nghiên cứu Quyền con người", "Association \"Libertés, numériques\""],
    introduction: doc(
      p(text("The undersigned organisations welcome the "), text("revised draft", italic), text(" and propose the amendments below.")),
      ul(li(p(text("Safeguards must be ", bold), text("binding", bold, italic))), li(p(text("Scope must stay narrow")))),
      p(text("See the "), text("OHCHR commentary", link("https://www.ohchr.org/en/cybercrime")), text(".")),
    ),
    draft: { title: "Revised draft text of the convention", symbol: "A/AC.291/22/Rev.1", date: "2024-05-29", language: "en" },
    generatedAt: "2024-07-30T09:15:27.123Z",
    items: [
      exportItem(article26, en("Chapter IV/Article 26/1."), {
        id: "ann-safeguards",
        quote: SAFEGUARDS.quote,
        proposedText: SAFEGUARDS.proposed,
        justification: doc(
          p(text("Legitimacy and non-discrimination are "), text("core", bold), text(" safeguards under the ICCPR.")),
          ol(undefined, li(p(text("Article 2(1) ICCPR"))), li(p(text("Article 26 ICCPR")))),
          quote(p(text("Any interference must be provided for by law."))),
        ),
        tags: ["safeguards", "human rights"],
        stance: "PROPOSAL",
        sourceKind: "OHCHR",
        sourceOrganization: "Office of the High Commissioner for Human Rights",
        author: "Alice Martin",
        organization: "Digital Rights Watch",
        createdAt: "2024-06-03T10:00:00.000Z",
      }),
      exportItem(article27, en("Chapter V/Article 27/2."), {
        id: "ann-serious-crime",
        quote: SERIOUS_CRIME.quote,
        proposedText: SERIOUS_CRIME.proposed,
        justification: doc(p(text(XSS_TEXT)), p(text("innocent words", link("javascript:alert(1)"))), p(text("# not a heading, \"quoted\", with, commas\nand a second line"))),
        tags: ["-2+3", "scope"],
        stance: "CONCERN",
        sourceKind: "NGO",
        sourceOrganization: "@SUM(1,2)",
        author: FORMULA_AUTHOR,
        organization: null,
        createdAt: "2024-06-04T08:30:00.000Z",
      }),
      exportItem(article26, en("Chapter IV/Article 26/3."), {
        id: "ann-oversight",
        quote: OVERSIGHT.quote,
        proposedText: OVERSIGHT.proposed,
        justification: doc(p(text(VIETNAMESE))),
        tags: ["giám sát"],
        stance: "PROPOSAL",
        sourceKind: "ACADEMIC",
        sourceOrganization: "Trung tâm Nghiên cứu Quyền con người",
        author: "Nguyễn Thị Hương",
        organization: "Trung tâm Nghiên cứu Quyền con người",
        createdAt: "2024-06-05T14:45:00.000Z",
      }),
      exportItem(article27, en("Chapter V/Article 27/4."), {
        id: "ann-question",
        quote: "political opinions",
        proposedText: null,
        justification: doc(p(text("Should gender identity be added to the grounds?"))),
        stance: "QUESTION",
        sourceKind: "OTHER",
        author: "Bob Lee",
        organization: "Digital Rights Watch",
        createdAt: "2024-06-06T12:00:00.000Z",
      }),
    ],
  };
}

export function arabicSubmission(): SubmissionExport {
  return {
    title: "ملاحظات على المشروع المنقح: الشروط والضمانات",
    organizations: ["منظمة الحقوق الرقمية"],
    introduction: doc(p(text("تقدم المنظمة الموقعة أدناه التعديلات التالية على "), text("المادة 26", bold), text("."))),
    draft: { title: "المشروع المنقح لنص الاتفاقية", symbol: "A/AC.291/22/Rev.1", date: "2024-05-29", language: "ar" },
    generatedAt: "2024-07-30T09:15:27.123Z",
    items: [
      exportItem(ar("الفصل الرابع/المادة 26"), ar("الفصل الرابع/المادة 26/1 -"), {
        id: "ann-arabic",
        quote: ARABIC.quote,
        proposedText: ARABIC.proposed,
        justification: doc(p(text(ARABIC.justification))),
        tags: ["ضمانات"],
        stance: "PROPOSAL",
        sourceKind: "NGO",
        sourceOrganization: "منظمة الحقوق الرقمية",
        author: "ليلى حداد",
        organization: "منظمة الحقوق الرقمية",
        createdAt: "2024-06-07T09:00:00.000Z",
      }),
    ],
  };
}

/** The Arabic submission with a second item whose comment is in Vietnamese: both scripts, both directions, in one document. */
export function arabicAndVietnameseSubmission(): SubmissionExport {
  const submission = arabicSubmission();
  const vietnamese = exportItem(ar("الفصل الخامس/المادة 27"), ar("الفصل الخامس/المادة 27/4 -"), {
    id: "ann-vietnamese",
    quote: "ليس في هذا الفصل",
    proposedText: null,
    justification: doc(p(text(VIETNAMESE))),
    tags: ["giám sát"],
    stance: "QUESTION",
    sourceKind: "ACADEMIC",
    sourceOrganization: "Trung tâm Nghiên cứu Quyền con người",
    author: "Nguyễn Thị Hương",
    organization: "Trung tâm Nghiên cứu Quyền con người",
    createdAt: "2024-06-08T09:00:00.000Z",
  });
  return { ...submission, organizations: [...submission.organizations, "Trung tâm Nghiên cứu Quyền con người"], items: [...submission.items, vietnamese] };
}
