// A submission of any size built from the revised demo draft: items cycle through its paragraphs,
// each quoting six words and proposing a change to them, with a formatted justification.

import type { SubmissionExport } from "../../lib/export/types";
import { exportItem, provisionsOf } from "../../tests/unit/export/helpers/export-item";
import { bold, doc, li, link, p, text, ul } from "../../tests/unit/rich-text/helpers/docs";

const STANCES = ["PROPOSAL", "CONCERN", "SUPPORT", "QUESTION"] as const;
const SOURCE_KINDS = ["NGO", "OHCHR", "ACADEMIC", "STATE", "OTHER"] as const;

export function demoSubmission(size: number): SubmissionExport {
  const provisions = provisionsOf("sample-3-revised.en.txt", "en");
  const paragraphs = [...provisions.values()].filter((node) => (node.kind === "PARAGRAPH" || node.kind === "SUBPARAGRAPH") && node.text.split(" ").length >= 12);
  // The nearest ancestor that is an article (a subparagraph sits two levels below it).
  const articleOf = (id: string) => {
    const path = id.split("/");
    for (let depth = path.length - 1; depth > 0; depth--) {
      const node = provisions.get(path.slice(0, depth).join("/"));
      if (node?.kind === "ARTICLE") return node;
    }
    return undefined;
  };
  const items = Array.from({ length: size }, (_, i) => {
    const provision = paragraphs[i % paragraphs.length]!;
    const article = articleOf(provision.id);
    if (!article) throw new Error(`No article above ${provision.id}`);
    const words = provision.text.split(" ");
    const start = (i * 7) % (words.length - 6);
    const quote = words.slice(start, start + 6).join(" ");
    const stance = STANCES[i % STANCES.length]!;
    return exportItem(article, provision, {
      id: `bench-${i}`,
      quote,
      proposedText: stance === "QUESTION" ? null : `${words.slice(start, start + 2).join(" ")} effectively ${words.slice(start + 3, start + 6).join(" ")} in good faith`,
      justification: doc(
        p(text("This wording "), text("weakens", bold), text(" the safeguards; see "), text("the commentary", link("https://www.ohchr.org/en/cybercrime")), text(".")),
        ul(li(p(text("Legality and necessity"))), li(p(text("Independent oversight")))),
      ),
      tags: ["safeguards", `topic-${i % 9}`],
      stance,
      sourceKind: SOURCE_KINDS[i % SOURCE_KINDS.length]!,
      sourceOrganization: i % 3 === 0 ? "Digital Rights Watch" : null,
      author: `Analyst ${i % 17}`,
      organization: "Digital Rights Watch",
      createdAt: new Date(Date.UTC(2024, 5, 1 + (i % 28))).toISOString(),
    });
  });
  return {
    title: `Submission of ${size} comments on the revised draft`,
    organizations: ["Digital Rights Watch", "Trung tâm Nghiên cứu Quyền con người"],
    introduction: doc(p(text("The undersigned organisations propose the amendments below."))),
    draft: { title: "Revised draft text of the convention", symbol: "A/AC.291/22/Rev.1", date: "2024-05-29", language: "en" },
    items,
    generatedAt: "2024-07-30T09:15:27.000Z",
  };
}
