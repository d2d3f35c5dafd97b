import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { sampleDrafts } from "../../prisma/demo/sample-treaty";
import { tokenFor } from "./helpers/api-token";
import { postAnnotation } from "./helpers/seed-annotations";
import { signIn } from "./helpers/sign-in";

const HA = "ha.nguyen@rights-coalition.example";
const DANIEL = "daniel.okafor@rights-coalition.example";
const SOFIA = "sofia.ramirez@ohchr.example";
const revised = sampleDrafts.find((d) => d.file === "sample-3-revised.en.txt")!;
const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function includedItem(page: Page, text: string): Locator {
  return page.getByRole("list", { name: "Annotations in the submission, in order" }).getByRole("listitem").filter({ hasText: text });
}

async function includedOrder(page: Page): Promise<string[]> {
  return page.getByRole("list", { name: "Annotations in the submission, in order" }).getByRole("listitem").allTextContents();
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toBeVisible();
  return readFile((await file.path())!);
}

test("an analyst builds a submission from filtered annotations, reorders two, and downloads it as DOCX and PDF", async ({ browser, page, request }) => {
  test.setTimeout(120_000);
  // Two proposals of an academic source on Article 6, made for this test through the API.
  const ha = await tokenFor(browser, HA);
  const first = unique("Retention limits need a maximum period");
  const second = unique("The remedy must include compensation");
  const seed = { article: "Protection of personal data", stance: "PROPOSAL", sourceKind: "ACADEMIC" } as const;
  await postAnnotation(request, ha.auth, ha.draftId, { ...seed, paragraph: "2.", words: "no longer than necessary", body: first, proposedText: "no longer than strictly necessary" });
  await postAnnotation(request, ha.auth, ha.draftId, { ...seed, paragraph: "3.", words: "an effective remedy", body: second, proposedText: "an effective and accessible remedy" });

  await signIn(page, HA);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Submissions" }).click();
  const title = unique("Joint submission on personal data");
  const form = page.getByRole("form", { name: "New submission" });
  await form.getByLabel("Draft").selectOption({ label: `${revised.title} (English)` });
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Create submission" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Nothing yet.")).toBeVisible();

  // Filter to Article 6's academic proposals and take them all.
  await page.getByLabel("Article", { exact: true }).selectOption("Article 6");
  await page.getByLabel("Source", { exact: true }).selectOption("ACADEMIC");
  await page.getByLabel("Stance", { exact: true }).selectOption("PROPOSAL");
  await expect(page.getByRole("list", { name: "Annotations to pick from" }).getByRole("listitem").filter({ hasText: first })).toBeVisible();
  await page.getByRole("button", { name: /^Add all \d+ shown$/ }).click();
  await expect(includedItem(page, first)).toBeVisible();
  await expect(includedItem(page, second)).toBeVisible();

  // The second proposal goes before the first, one step at a time, by keyboard.
  const position = async (text: string) => (await includedOrder(page)).findIndex((item) => item.includes(text));
  expect(await position(first)).toBeLessThan(await position(second));
  while ((await position(second)) > (await position(first))) {
    await includedItem(page, second).getByRole("button", { name: /^Move .* up$/ }).focus();
    await page.keyboard.press("Enter");
  }
  expect(await position(second)).toBe((await position(first)) - 1);

  await page.getByLabel("Signed by").fill("Digital Rights Coalition (sample NGO)\nTrung tâm Nghiên cứu Quyền con người");
  await page.getByRole("textbox", { name: "Introduction" }).click();
  await page.keyboard.type("The undersigned organisations propose these amendments to Article 6.");
  await expect(page.getByRole("button", { name: "PDF" })).toBeDisabled();
  await page.getByRole("button", { name: "Save submission" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const docx = (await mammoth.extractRawText({ buffer: await download(page, "Word (DOCX)") })).value;
  expect(docx).toContain(title);
  expect(docx).toContain("Trung tâm Nghiên cứu Quyền con người");
  expect(docx).toContain("The undersigned organisations propose these amendments");
  expect(docx.indexOf(second)).toBeGreaterThan(-1);
  expect(docx.indexOf(second)).toBeLessThan(docx.indexOf(first));

  const pdfBytes = await download(page, "PDF");
  expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdfBytes)), { mergePages: true });
  const pdf = text.replace(/\s+/g, " ");
  expect(pdf).toContain("Trung tâm Nghiên cứu Quyền con người");
  expect(pdf.indexOf(second)).toBeGreaterThan(-1);
  expect(pdf.indexOf(second)).toBeLessThan(pdf.indexOf(first));

  // The order was saved; a colleague of the same organisation may edit it; another organisation does not know it exists.
  const url = page.url();
  await page.reload();
  expect(await position(second)).toBeLessThan(await position(first));
  const daniel = await (await browser.newContext()).newPage();
  await signIn(daniel, DANIEL, new URL(url).pathname);
  await expect(daniel.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(daniel.getByRole("button", { name: "Delete submission" })).toBeVisible();
  const sofia = await (await browser.newContext()).newPage();
  await signIn(sofia, SOFIA, new URL(url).pathname);
  await expect(sofia.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});
