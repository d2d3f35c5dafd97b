import { expect, test } from "@playwright/test";
import { importDraft } from "./helpers/import-draft";
import { postAnnotation } from "./helpers/seed-annotations";
import { signIn } from "./helpers/sign-in";

// Two drafts of a treaty of its own, so that re-pairing them moves no other test's annotations.
const TEXT = `Article 1
Scope

1. This Convention applies to the prevention, investigation and prosecution of the offences it establishes.

Article 2
Conditions and safeguards

1. Each State Party shall ensure that the powers provided for in this Convention are subject to conditions and safeguards that protect human rights.
`;

test("an editor re-pairs an article, and the annotation carried along the pair moves with it and back", async ({ page }) => {
  const treaty = `Re-pairing test convention ${Date.now()}`;
  await signIn(page, "editor@draftwatch.example");
  const first = await importDraft(page.request, { treaty, title: "First draft", date: "2031-01-01", text: TEXT });
  await postAnnotation(page.request, {}, first, {
    article: "Conditions and safeguards",
    paragraph: "1.",
    words: "conditions and safeguards that protect human rights",
    body: "Name the safeguards.",
    stance: "CONCERN",
    sourceKind: "NGO",
    visibility: "PUBLIC",
  });
  const second = await importDraft(page.request, { treaty, title: "Second draft", date: "2031-06-01", text: TEXT });
  const card = page.getByRole("article", { name: "Annotation by Lucas Moreau" }).filter({ hasText: "Name the safeguards." });

  await page.goto(`/drafts/${second}`);
  await expect(card).toBeVisible();
  await expect(card.getByText("orphaned", { exact: true })).toHaveCount(0);

  await page.goto(`/compare?from=${first}&to=${second}`);
  const safeguards = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /Conditions and safeguards/ }) }).first();
  await safeguards.getByText("Correct this pair").click();
  await safeguards.getByLabel(/^Later articles/).selectOption({ label: "Article 1 — Scope" });
  await safeguards.getByRole("button", { name: "Save pair" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 annotation carried between these drafts was placed again." })).toBeVisible();

  await page.goto(`/drafts/${second}`);
  await expect(card.getByText("orphaned", { exact: true })).toBeVisible();

  await page.goto(`/compare?from=${first}&to=${second}`);
  const confirmed = page.getByRole("article").filter({ has: page.getByText("confirmed", { exact: true }) }).first();
  await confirmed.getByText("Correct this pair").click();
  await confirmed.getByRole("button", { name: "Remove confirmation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 annotation carried between these drafts was placed again." })).toBeVisible();

  await page.goto(`/drafts/${second}`);
  await expect(card).toBeVisible();
  await expect(card.getByText("orphaned", { exact: true })).toHaveCount(0);
  await card.getByText("History").click();
  await expect(card.getByText("Placed again after the drafts were re-paired")).toHaveCount(2);
});
