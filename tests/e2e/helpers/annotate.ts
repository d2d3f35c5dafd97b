import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { sampleDrafts } from "../../../prisma/demo/sample-treaty";
import { signIn } from "./sign-in";

const revisedEnglish = sampleDrafts.find((d) => d.language === "en" && d.file.startsWith("sample-3"))!;

/** The revised English sample draft's URL, found from the home page as a reader would. */
export async function revisedDraftUrl(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: revisedEnglish.title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: revisedEnglish.title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** A page in a browser context of its own (its own session), signed in and on `path`. */
export async function openAs(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, path);
  await expect(page.getByRole("article", { name: "Draft text" })).toBeVisible();
  return page;
}

/** The text of Article 26, paragraph 1 ("Conditions and safeguards"), as the page renders it. */
export function safeguardsParagraph(page: Page): Locator {
  return page.locator("#article-26-1 [data-provision-id]").first();
}

/**
 * Selects `words` in a provision's text as a mouse drag would. The text may already be cut into
 * several text nodes by other annotations' highlights, so the offsets are found across them.
 */
export async function selectWords(text: Locator, words: string) {
  await text.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; at: number }[] = [];
    let all = "";
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      nodes.push({ node, at: all.length });
      all += node.data;
    }
    const start = all.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in this provision`);
    const point = (offset: number) => {
      const hit = nodes.find(({ node, at }) => offset >= at && offset <= at + node.data.length)!;
      return [hit.node, offset - hit.at] as const;
    };
    const range = document.createRange();
    range.setStart(...point(start));
    range.setEnd(...point(start + wanted.length));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

/** Types into a tiptap editor: some words in bold (Control+B), then plain ones. */
export async function writeBody(editor: Locator, bold: string, plain: string) {
  await editor.click();
  await editor.press("ControlOrMeta+a");
  await editor.press("Delete");
  await editor.press("ControlOrMeta+b");
  await editor.pressSequentially(bold);
  await editor.press("ControlOrMeta+b");
  await editor.pressSequentially(plain);
}

/** Selects words in Article 26(1), opens the form from the keyboard and saves a minimal annotation; returns its card. */
export async function annotate(page: Page, words: string, body: string, options: { stance?: string; visibility?: string } = {}): Promise<Locator> {
  await selectWords(safeguardsParagraph(page), words);
  const button = page.getByRole("button", { name: "Annotate selection" });
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "New annotation" });
  await writeBody(dialog.getByRole("textbox", { name: "Annotation" }), body, "");
  await dialog.getByLabel(options.stance ?? "Question", { exact: true }).check();
  await dialog.getByLabel(options.visibility ?? "Only me", { exact: true }).check();
  await dialog.getByRole("button", { name: "Save annotation" }).click();
  await expect(dialog).toBeHidden();
  return annotationCard(page, body);
}

/** An annotation's card, wherever it stands in the margin (beside its article on the draft page). */
export function annotationCard(page: Page, text: string): Locator {
  return page.locator('article[id^="annotation-card-"]').filter({ hasText: text });
}

/** The head of the draft page's margin: its count, filters and empty state. */
export function marginHead(page: Page): Locator {
  return page.getByRole("complementary", { name: "Annotations", exact: true });
}

/** The annotation's id, from its card: the highlight in the text is #annotation-<id>. */
export async function annotationIdOf(card: Locator): Promise<string> {
  const id = await card.getAttribute("id");
  return id!.replace(/^annotation-card-/, "");
}

/**
 * Writes a reply in a card's thread and posts it. The editor opens from the card's Reply button
 * with the caret in it; until the page has hydrated the button does nothing, so it is pressed
 * again until the editor has the focus.
 */
export async function postReply(card: Locator, text: string) {
  const editor = card.getByRole("textbox", { name: "Reply" });
  await expect(async () => {
    if ((await editor.count()) === 0) await card.getByRole("button", { name: /^Reply to / }).click({ timeout: 1000 });
    await expect(editor).toBeFocused({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await editor.pressSequentially(text);
  await card.getByRole("button", { name: "Post reply" }).click();
}
