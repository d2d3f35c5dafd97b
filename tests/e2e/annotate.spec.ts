import { expect, test } from "@playwright/test";
import { annotate, annotationCard, annotationIdOf, marginHead, openAs, postReply, revisedDraftUrl, safeguardsParagraph, selectWords, writeBody } from "./helpers/annotate";
import { signIn } from "./helpers/sign-in";

const HA = "ha.nguyen@rights-coalition.example";
const DANIEL = "daniel.okafor@rights-coalition.example";
const SOFIA = "sofia.ramirez@ohchr.example";
const VIEWER = "viewer@draftwatch.example";

// Each run writes its own annotations: unique words keep them apart from demo data and other tests.
const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("an analyst annotates words for her organisation; a colleague replies; another organisation and a viewer see nothing of it", async ({ browser, page }) => {
  test.setTimeout(120_000);
  await signIn(page, HA);
  const draftUrl = await revisedDraftUrl(page);
  const words = "subject to conditions and safeguards under its domestic law";
  const bold = unique("Oversight must be independent");

  // Hà selects the words; the button follows them and opens the form.
  await selectWords(safeguardsParagraph(page), words);
  await page.getByRole("button", { name: "Annotate selection" }).click();
  const dialog = page.getByRole("dialog", { name: "New annotation" });
  await expect(dialog.getByRole("figure")).toContainText(words);
  await writeBody(dialog.getByRole("textbox", { name: "Annotation" }), bold, " and its decisions published.");
  await dialog.getByLabel("Safeguards", { exact: true }).check();
  await dialog.getByLabel("Proportionality", { exact: true }).check();
  await dialog.getByLabel("Concern", { exact: true }).check();
  // The source defaults to her organisation.
  await expect(dialog.getByLabel("Source type")).toHaveValue("NGO");
  await expect(dialog.getByLabel("Source organisation")).toHaveValue("Digital Rights Coalition (sample NGO)");
  await dialog.getByLabel("Proposed amendment (optional)").fill("subject to strict conditions and safeguards under its domestic law");
  await expect(dialog.getByTestId("proposed-redline").locator("ins")).toHaveText(/strict/);
  await dialog.getByLabel("My organisation", { exact: true }).check();
  await dialog.getByRole("button", { name: "Save annotation" }).click();
  await expect(dialog).toBeHidden();

  const card = annotationCard(page, bold);
  await expect(card).toBeVisible();
  await expect(card.locator("strong")).toHaveText(bold);
  await expect(card).toContainText("Nguyễn Thu Hà");
  await expect(card).toContainText("Concern");
  await expect(card).toContainText("Visible to: My organisation");
  await expect(card).toContainText("Source: NGO · Digital Rights Coalition (sample NGO)");
  await expect(card.getByRole("list", { name: "Tags" })).toContainText("Safeguards");
  await expect(card.getByRole("list", { name: "Tags" })).toContainText("Proportionality");
  await expect(card.locator("ins")).toHaveText(/strict/);
  const id = await annotationIdOf(card);
  const highlight = page.locator(`#annotation-${id}`);
  await expect(highlight).toBeVisible();
  expect(words.startsWith((await highlight.textContent())!)).toBe(true);
  // The quoted words in the margin lead to the highlight.
  await expect(card.getByRole("link", { name: words })).toHaveAttribute("href", `#annotation-${id}`);

  // Daniel, same organisation, in a browser of his own: sees it and replies.
  const daniel = await openAs(browser, DANIEL, draftUrl);
  const danielCard = annotationCard(daniel, bold);
  await expect(danielCard).toBeVisible();
  await expect(daniel.locator(`#annotation-${id}`)).toBeVisible();
  const reply = unique("Agreed, and the remedy should be named too");
  await postReply(danielCard, reply);
  await expect(danielCard.getByRole("list", { name: "Replies" })).toContainText(reply);
  await expect(danielCard.getByRole("list", { name: "Replies" })).toContainText("Daniel Okafor");
  // The editor stays open, empty, for a further reply; closed, the focus goes back to Reply.
  await expect(danielCard.getByRole("textbox", { name: "Reply" })).toHaveText("");
  await danielCard.getByRole("button", { name: "Close" }).click();
  await expect(danielCard.getByRole("button", { name: /^Reply to / })).toBeFocused();

  // Hà reloads and reads the reply.
  await page.reload();
  await expect(annotationCard(page, bold).getByRole("list", { name: "Replies" })).toContainText(reply);

  // Sofía (OHCHR) may not see an annotation for the coalition only: neither card nor highlight.
  const sofia = await openAs(browser, SOFIA, draftUrl);
  await expect(marginHead(sofia)).toBeVisible();
  await expect(sofia.getByText(bold)).toHaveCount(0);
  await expect(sofia.locator(`#annotation-${id}`)).toHaveCount(0);

  // A viewer reads but has no control to annotate.
  const viewer = await openAs(browser, VIEWER, draftUrl);
  await selectWords(safeguardsParagraph(viewer), "legality, necessity and proportionality");
  await viewer.waitForTimeout(300); // a frame or two for the selection to be read, were it to show anything
  await expect(viewer.getByRole("button", { name: "Annotate selection" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^Reply to / })).toHaveCount(0);
});

test("an edit based on a stale version is refused with the current text, and can start again from it", async ({ browser, page }) => {
  test.setTimeout(90_000);
  await signIn(page, HA);
  const draftUrl = await revisedDraftUrl(page);
  const original = unique("Legality needs a statutory basis");
  const card = await annotate(page, "principles of legality", original);

  // The same analyst in a second browser, opened before the first one edits. Its card is found by
  // id: live updates bring the first edit's text into it while its editor stays on the old version.
  const second = await openAs(browser, HA, draftUrl);
  const staleCard = second.locator(`#annotation-card-${await annotationIdOf(card)}`);
  await staleCard.getByRole("button", { name: /^Edit / }).click();

  const first = unique("First edit wins");
  await card.getByRole("button", { name: /^Edit / }).click();
  await writeBody(card.getByRole("textbox", { name: "Annotation" }), first, "");
  await card.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("button", { name: /Save changes|Saving/ })).toHaveCount(0);
  await expect(annotationCard(page, first).locator("strong")).toHaveText(first);

  const late = unique("Late edit");
  await writeBody(staleCard.getByRole("textbox", { name: "Annotation" }), late, "");
  await staleCard.getByRole("button", { name: "Save changes" }).click();
  const refusal = staleCard.getByRole("alert");
  await expect(refusal).toContainText("changed by someone else");
  await expect(refusal).toContainText(first);
  // What the analyst typed is still in the editor.
  await expect(staleCard.getByRole("textbox", { name: "Annotation" })).toContainText(late);

  await refusal.getByRole("button", { name: "Start again from the current text" }).click();
  await expect(staleCard.getByRole("textbox", { name: "Annotation" })).toContainText(first);
  await staleCard.getByRole("textbox", { name: "Annotation" }).pressSequentially(" and a second thought");
  await staleCard.getByRole("button", { name: "Save changes" }).click();
  const updated = annotationCard(second, "and a second thought");
  await expect(updated).toBeVisible();

  // The history lists every change, with who and which version.
  await updated.getByText("History", { exact: true }).click();
  const history = updated.locator("details").filter({ hasText: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history).toContainText("Created by Nguyễn Thu Hà");
  await expect(history).toContainText("version 3");
  // Each edit shows what it changed: the commentary as a redline of the version before.
  const firstEdit = history.getByRole("listitem").nth(1);
  await expect(firstEdit).toContainText("Commentary:");
  await expect(firstEdit.locator("del")).not.toHaveCount(0);
  await expect(firstEdit.locator("ins")).not.toHaveCount(0);
  await expect(firstEdit).toContainText(first);
});

test("an analyst resolves, reopens, filters and deletes her annotation", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, HA);
  const draftUrl = await revisedDraftUrl(page);
  const body = unique("Necessity should be tested case by case");
  const card = await annotate(page, "necessity and proportionality", body, { stance: "Support" });

  await card.getByRole("button", { name: /^Resolve / }).click();
  await expect(card).toContainText("Resolved");
  await card.getByRole("button", { name: /^Reopen / }).click();
  await expect(card.getByRole("button", { name: /^Resolve / })).toBeVisible();

  // Filters travel in the URL: a link to the filtered margin shows the same annotations.
  const margin = marginHead(page);
  await margin.getByText("Filter annotations").click();
  await margin.getByLabel("Stance", { exact: true }).selectOption("SUPPORT");
  await margin.getByLabel("Author", { exact: true }).selectOption({ label: "Nguyễn Thu Hà" });
  await margin.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/stance=SUPPORT/);
  await expect(annotationCard(page, body)).toBeVisible();
  await page.goto(`${draftUrl}?stance=SUPPORT&status=RESOLVED&author=nobody`);
  await expect(margin).toContainText("No annotation matches these filters.");
  await margin.getByRole("link", { name: "Clear filters" }).click();

  const again = annotationCard(page, body);
  await again.getByRole("button", { name: /^Delete / }).click();
  await again.getByRole("button", { name: "Delete annotation" }).click();
  await expect(annotationCard(page, body)).toHaveCount(0);
});
