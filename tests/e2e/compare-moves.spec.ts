import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

const dir = mkdtempSync(path.join(tmpdir(), "draftwatch-e2e-moves-"));
const safeguard = "The measures shall respect the rights of persons under its jurisdiction.";

/** A one-article draft as plain text, its paragraphs numbered. */
function textDraft(name: string, paragraphs: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `Article 1\nScope of the measures\n\n${paragraphs.map((p, i) => `${i + 1}. ${p}`).join("\n")}\n`);
  return file;
}

/** Imports a draft as the editor does; the id of the saved draft. */
async function importDraft(page: Page, treaty: { name: string; isNew: boolean }, title: string, file: string): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: "Import a draft" }).click();
  if (treaty.isNew) {
    await page.getByLabel("Treaty", { exact: true }).selectOption({ label: "A new treaty…" });
    await page.getByLabel("Name of the new treaty").fill(treaty.name);
  } else {
    await page.getByLabel("Treaty", { exact: true }).selectOption({ label: treaty.name });
  }
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Date").fill(treaty.isNew ? "2031-01-10" : "2031-06-01");
  await page.getByLabel("Language").selectOption("en");
  await page.getByLabel(/^File/).setInputFiles(file);
  await page.getByRole("button", { name: "Read the draft" }).click();
  await expect(page.getByRole("region", { name: "Preview" }).getByText("1 article")).toBeVisible();
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

test("a sentence moved to another paragraph of an article shows as moved on both sides, not as deleted and inserted", async ({ page }) => {
  const name = `Moves test convention ${Date.now()}`;
  await signIn(page, "editor@draftwatch.example");
  const first = await importDraft(page, { name, isNew: true }, "First draft", textDraft("first.txt", [
    `Each State Party shall adopt such measures as may be necessary. ${safeguard}`,
    "This article applies to the offences established in this Convention.",
  ]));
  const second = await importDraft(page, { name, isNew: false }, "Second draft", textDraft("second.txt", [
    "Each State Party shall adopt such measures as may be necessary.",
    `This article applies to the offences established in this Convention. ${safeguard}`,
  ]));

  await page.goto(`/compare?from=${first}&to=${second}`);
  const pair = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /Scope of the measures/ }) });
  const table = pair.getByRole("table", { name: "Side by side" });
  await expect(table.locator("mark.diff-move", { hasText: safeguard })).toHaveCount(2);
  await expect(table.locator('mark[title="Moved from here (move 1)"]')).toHaveText(new RegExp(safeguard.replace(/\./g, "\\.")));
  await expect(table.locator('mark[title="Moved here (move 1)"]')).toHaveText(new RegExp(safeguard.replace(/\./g, "\\.")));
  await expect(table.locator("del, ins")).toHaveCount(0);
});
