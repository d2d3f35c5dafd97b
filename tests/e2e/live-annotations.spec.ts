import { expect, test } from "@playwright/test";
import { annotate, annotationCard, annotationIdOf, openAs, postReply, revisedDraftUrl } from "./helpers/annotate";
import { signIn } from "./helpers/sign-in";

const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("colleagues see each other's annotations and replies appear without reloading; another organisation does not", async ({ browser, page }) => {
  test.setTimeout(120_000);
  await signIn(page, "ha.nguyen@rights-coalition.example");
  const draftUrl = await revisedDraftUrl(page);
  // Both colleagues and the outsider have the draft open before anything is written.
  const daniel = await openAs(browser, "daniel.okafor@rights-coalition.example", draftUrl);
  const sofia = await openAs(browser, "sofia.ramirez@ohchr.example", draftUrl);
  // Record what each event stream carries, to check what reached whom.
  const draftId = draftUrl.split("/").pop()!;
  for (const reader of [daniel, sofia]) {
    await reader.evaluate((id) => {
      const seen: string[] = ((window as unknown as { heard: string[] }).heard = []);
      new EventSource(`/api/drafts/${id}/annotation-events`).addEventListener("annotation", (m) => seen.push(JSON.parse((m as MessageEvent<string>).data).annotationId));
    }, draftId);
  }
  // Let their event streams connect.
  await daniel.waitForTimeout(1000);

  const body = unique("Live from Hà");
  const card = await annotate(page, "international human rights law", body, { visibility: "My organisation" });
  await expect(card).toBeVisible();

  // Daniel did not reload: the annotation arrives by itself.
  const seenByDaniel = annotationCard(daniel, body);
  await expect(seenByDaniel).toBeVisible({ timeout: 15_000 });
  await postReply(seenByDaniel, "Seen live, agreed.");

  // Hà did not reload either: the reply arrives.
  await expect(annotationCard(page, body)).toContainText("Seen live, agreed.", { timeout: 15_000 });

  // Sofía's page received nothing about an annotation for another organisation (other tests'
  // public annotations may reach her meanwhile: only this one's id matters).
  const id = await annotationIdOf(card);
  const heard = (reader: typeof sofia) => reader.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(await heard(daniel)).toContain(id);
  await sofia.waitForTimeout(1000);
  expect(await heard(sofia)).not.toContain(id);
  await expect(annotationCard(sofia, body)).toHaveCount(0);
});
