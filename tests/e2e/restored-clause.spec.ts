import { expect, test } from "@playwright/test";
import { importDraft } from "./helpers/import-draft";
import { postAnnotation } from "./helpers/seed-annotations";
import { signIn } from "./helpers/sign-in";

// A treaty of its own: negotiators drop the safeguards article from the second draft and restore it in the third.
const SCOPE = `Article 1
Scope

1. This Convention applies to the prevention, investigation and prosecution of the offences it establishes.
`;
const SAFEGUARDS = `Article 2
Conditions and safeguards

1. Each State Party shall ensure that the powers provided for in this Convention are subject to conditions and safeguards that protect human rights.
`;

test("an annotation on a dropped article is orphaned in the draft without it and back on its words when a later draft restores it", async ({ page }) => {
  const treaty = `Restored clause test convention ${Date.now()}`;
  await signIn(page, "editor@draftwatch.example");
  const first = await importDraft(page.request, { treaty, title: "First draft", date: "2031-01-01", text: `${SCOPE}\n${SAFEGUARDS}` });
  await postAnnotation(page.request, {}, first, {
    article: "Conditions and safeguards",
    paragraph: "1.",
    words: "conditions and safeguards that protect human rights",
    body: "Keep this safeguard.",
    stance: "SUPPORT",
    sourceKind: "NGO",
    visibility: "PUBLIC",
  });
  const second = await importDraft(page.request, { treaty, title: "Second draft", date: "2031-06-01", text: SCOPE });
  const third = await importDraft(page.request, { treaty, title: "Third draft", date: "2032-01-01", text: `${SCOPE}\n${SAFEGUARDS}` });
  const card = page.getByRole("article", { name: "Annotation by Lucas Moreau" }).filter({ hasText: "Keep this safeguard." });

  await page.goto(`/drafts/${second}`);
  await expect(card.getByText("orphaned", { exact: true })).toBeVisible();

  await page.goto(`/drafts/${third}`);
  await expect(card).toBeVisible();
  await expect(card.getByText("orphaned", { exact: true })).toHaveCount(0);
  await card.getByRole("link", { name: "conditions and safeguards that protect human rights" }).click();
  await expect(page.locator("mark").filter({ hasText: "conditions and safeguards that protect human rights" }).first()).toBeVisible();
});
