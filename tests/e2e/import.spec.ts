import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph } from "docx";
import { signIn } from "./helpers/sign-in";

const dir = mkdtempSync(path.join(tmpdir(), "draftwatch-e2e-import-"));

/**
 * A Word draft as the committee writes them (Heading styles, paragraphs in a real Word list),
 * except that article 3's heading lost its "Article" word: "3. Scope of application" reads as a
 * third paragraph of article 2, and the editor must correct it in the preview.
 */
async function wordDraft(): Promise<string> {
  const item = (text: string) => new Paragraph({ text, numbering: { reference: "paragraphs", level: 0 } });
  const document = new Document({
    numbering: { config: [{ reference: "paragraphs", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] }] },
    sections: [{
      children: [
        new Paragraph({ text: "Article 1", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: "Purpose", heading: HeadingLevel.HEADING_3 }),
        new Paragraph("The purpose of this Convention is to promote cooperation."),
        new Paragraph({ text: "Article 2", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: "Use of terms", heading: HeadingLevel.HEADING_3 }),
        item("“Computer system” means any device."),
        item("“Data” means any representation of facts."),
        new Paragraph("3. Scope of application"),
        new Paragraph("1. This Convention shall apply to the prevention of offences."),
      ],
    }],
  });
  const file = path.join(dir, "revised-draft.docx");
  writeFileSync(file, await Packer.toBuffer(document));
  return file;
}

async function describeDraft(page: Page, treaty: string, title: string) {
  await page.getByLabel("Treaty", { exact: true }).selectOption({ label: "A new treaty…" });
  await page.getByLabel("Name of the new treaty").fill(treaty);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Date").fill("2031-06-01");
  await page.getByLabel("Language").selectOption("en");
}

test("an editor uploads a Word draft, corrects an article's level in the preview and saves it", async ({ page }) => {
  const treaty = `Import test convention ${Date.now()}`;
  const title = "Revised draft, corrected";
  const file = await wordDraft();
  await signIn(page, "editor@draftwatch.example");
  await page.getByRole("link", { name: "Import a draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a draft" })).toBeVisible();

  await describeDraft(page, treaty, title);
  await page.getByLabel(/^File/).setInputFiles(file);
  await page.getByRole("button", { name: "Read the draft" }).click();

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByText("2 articles, 6 provisions")).toBeVisible();
  const warnings = preview.getByRole("region", { name: "Warnings" });
  await expect(warnings).toContainText("Paragraph 1 in Article 2 follows paragraph 3: numbering out of order.");

  // "3." is article 3: make it one, give it its number and heading, and drop the heading from its text.
  await preview.getByLabel("Level of 3.").selectOption("ARTICLE");
  await expect(preview.getByLabel("Level of 3.")).toBeFocused();
  await preview.getByRole("button", { name: "Edit heading (3.)" }).click();
  const headingForm = preview.getByRole("form", { name: "Heading of 3." });
  await headingForm.getByLabel("Number as printed").fill("Article 3");
  await headingForm.getByLabel("Heading").fill("Scope of application");
  await headingForm.getByRole("button", { name: "Save heading" }).click();
  await preview.getByLabel("Text of Article 3").fill("");
  await preview.getByLabel("Text of Article 3").blur();

  await expect(preview.getByText("3 articles, 6 provisions")).toBeVisible();
  await expect(preview.getByRole("region", { name: "Warnings" })).toHaveCount(0);
  const article3 = preview.locator("li[data-kind=ARTICLE]").filter({ has: page.getByLabel("Level of Article 3") });
  await expect(article3).toContainText("Scope of application");
  await expect(article3.getByLabel("Text of 1.")).toHaveValue("This Convention shall apply to the prevention of offences.");

  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.goto("/");
  const region = page.getByRole("region", { name: treaty });
  await expect(region.getByRole("link", { name: title })).toBeVisible();
  await expect(region).toContainText("3 articles");
});

test("a PNG image renamed .pdf is refused with a message and nothing is saved", async ({ page }) => {
  const treaty = `Refused convention ${Date.now()}`;
  const file = path.join(dir, "scan.pdf");
  writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  await signIn(page, "editor@draftwatch.example", "/drafts/import");
  await describeDraft(page, treaty, "Not a draft");
  await page.getByLabel(/^File/).setInputFiles(file);
  await page.getByRole("button", { name: "Read the draft" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "This file is a PNG image, not a draft." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save the draft" })).toHaveCount(0);
  // What was typed stays, for another try with the right file.
  await expect(page.getByLabel("Name of the new treaty")).toHaveValue(treaty);
  await page.goto("/");
  await expect(page.getByRole("region", { name: treaty })).toHaveCount(0);
});

test("a viewer cannot reach the import page", async ({ page }) => {
  await signIn(page, "viewer@draftwatch.example");
  await expect(page.getByRole("link", { name: "Import a draft" })).toHaveCount(0);
  const response = await page.goto("/drafts/import");
  expect(response?.status()).toBe(404);
  const preview = await page.request.post("/api/drafts/preview", { multipart: { text: "Article 1\nPurpose\n\nText.", language: "en" } });
  expect(preview.status()).toBe(403);
});
