import { expect, test } from "@playwright/test";
import mammoth from "mammoth";
import { readFile } from "node:fs/promises";
import { extractText, getDocumentProxy } from "unpdf";
import { sampleDrafts } from "../../prisma/demo/sample-treaty";
import { signIn } from "./helpers/sign-in";

const revised = sampleDrafts.find((d) => d.file === "sample-3-revised.en.txt")!;

test("a viewer downloads the comparison report of two drafts as Word and PDF, with the renumbered safeguards article", async ({ page }) => {
  await signIn(page, "viewer@draftwatch.example");
  await page.getByRole("link", { name: revised.title, exact: true }).click();
  await page.getByRole("link", { name: /^Compare with the previous draft/ }).click();
  await expect(page.getByRole("region", { name: "Summary" })).toBeVisible();
  // A viewer may not write submissions: the draft page offered no link to start one.
  await page.goBack();
  await expect(page.getByRole("link", { name: "Start a submission on this draft" })).toHaveCount(0);
  await page.goForward();

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
    return readFile((await file.path())!);
  };
  const word = (await mammoth.extractRawText({ buffer: await download("Word") })).value;
  expect(word).toContain("Art. 23 → Art. 26");
  expect(word).toContain("Conditions and safeguards");
  const pdf = await download("PDF");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  expect(text.replace(/\s+/g, " ")).toContain("Art. 23 → Art. 26");
});

test("an analyst starts a submission from the draft page, on that draft", async ({ page }) => {
  await signIn(page, "daniel.okafor@rights-coalition.example");
  await page.getByRole("link", { name: revised.title, exact: true }).click();
  await page.getByRole("link", { name: "Start a submission on this draft" }).click();
  await expect(page).toHaveURL(/\/submissions\?draft=/);
  await expect(page.getByRole("form", { name: "New submission" }).getByLabel("Draft").locator("option:checked")).toHaveText(`${revised.title} (English)`);
});
