import { expect, type Page } from "@playwright/test";
import { sampleDrafts, sampleTreaty } from "../../../prisma/demo/sample-treaty";

export const zero = sampleDrafts.find((d) => d.file.startsWith("sample-2"))!;
export const revised = sampleDrafts.find((d) => d.file.startsWith("sample-3") && d.language === "en")!;

/** Compares the zero and revised sample drafts, chosen in the compare form and compared with its button. */
export async function compareZeroAndRevised(page: Page): Promise<void> {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Compare" }) });
  const optionLabel = (d: typeof zero) => `${d.title} (${d.symbol}) — ${sampleTreaty.title}`;
  await form.getByLabel("Earlier draft").selectOption({ label: optionLabel(zero) });
  await form.getByLabel("Later draft").selectOption({ label: optionLabel(revised) });
  await form.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/from=.*&to=/);
}

/** The pair of the safeguards article, Art. 23 of the zero draft and Art. 26 of the revised one. */
export const safeguardsPair = (page: Page) =>
  page.getByRole("article").filter({ has: page.getByRole("heading", { name: /Art\. 23 → Art\. 26\s*Conditions and safeguards/ }) });
