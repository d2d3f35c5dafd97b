import { expect, test } from "@playwright/test";
import { tokenFor } from "./helpers/api-token";
import { findProvision as find } from "./helpers/seed-annotations";

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";

test("a personal token lets a script use the W3C annotation API as its owner, and no further", async ({ browser, request }) => {
  const daniel = await tokenFor(browser, "daniel.okafor@rights-coalition.example");
  expect(daniel.token).toMatch(/^dw_/);
  expect((await request.get(`/api/annotations?draft=${daniel.draftId}`)).status()).toBe(401);
  expect((await request.get(`/api/annotations?draft=${daniel.draftId}`, { headers: { Authorization: "Bearer dw_not-a-real-token-0000000000" } })).status()).toBe(401);

  // The compare API takes the token too: the same draft twice is refused for what it is, not for a missing session.
  const sameDraft = await request.get(`/api/compare?from=${daniel.draftId}&to=${daniel.draftId}`, { headers: daniel.auth });
  expect([sameDraft.status(), (await sameDraft.json()).error]).toEqual([400, expect.stringContaining("two different drafts")]);
  const draft = await (await request.get(`/api/drafts/${daniel.draftId}`, { headers: daniel.auth })).json();
  const article = find(draft.provisions, (n) => n.kind === "ARTICLE" && n.heading === "Conditions and safeguards")!;
  const paragraph = article.children.find((c) => c.label === "1.")!;
  const start = paragraph.text.indexOf("proportionality");

  const created = await request.post("/api/annotations", {
    headers: daniel.auth,
    data: {
      "@context": CONTEXT,
      type: "Annotation",
      body: [{ type: "TextualBody", value: "Sent by a script through the API.", purpose: "commenting" }, { type: "SpecificResource", purpose: "tagging", source: "https://draftwatch.example/tags/proportionality" }],
      target: { source: `https://draftwatch.example/provisions/${paragraph.id}`, selector: [{ type: "TextQuoteSelector", exact: "proportionality" }, { type: "TextPositionSelector", start, end: start + "proportionality".length }] },
      "draftwatch:stance": "CONCERN",
      "draftwatch:visibility": "ORGANIZATION",
      "draftwatch:source": { kind: "NGO", organization: "Digital Rights Coalition (sample NGO)" },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const annotation = await created.json();
  expect(annotation).toMatchObject({
    "@context": CONTEXT,
    type: "Annotation",
    "draftwatch:version": 1,
    target: [{ source: expect.stringMatching(new RegExp(`/provisions/${paragraph.id}$`)), selector: [{ type: "TextQuoteSelector", exact: "proportionality" }, { type: "TextPositionSelector", start }] }],
  });
  expect(annotation.body).toContainEqual(expect.objectContaining({ purpose: "tagging", value: "Proportionality" }));
  const id = annotation.id.split("/").pop();

  const list = await (await request.get(`/api/annotations?draft=${daniel.draftId}`, { headers: daniel.auth })).json();
  expect(list.items.map((a: { id: string }) => a.id)).toContain(annotation.id);

  // Another organisation's analyst does not see an organisation-only annotation, by any path.
  const sofia = await tokenFor(browser, "sofia.ramirez@ohchr.example");
  expect((await request.get(`/api/annotations/${id}`, { headers: sofia.auth })).status()).toBe(404);
  const hers = await (await request.get(`/api/annotations?draft=${sofia.draftId}`, { headers: sofia.auth })).json();
  expect(hers.items.map((a: { id: string }) => a.id)).not.toContain(annotation.id);

  // Edits carry the version they are based on; a stale one is refused with the current annotation.
  const edit = (version: number, text: string) =>
    request.put(`/api/annotations/${id}`, { headers: daniel.auth, data: { type: "Annotation", body: [{ type: "TextualBody", value: text }], "draftwatch:version": version } });
  const edited = await edit(1, "Second thoughts.");
  expect(edited.status()).toBe(200);
  // The edit named no tags: the annotation keeps the one it had.
  expect((await edited.json()).body).toContainEqual(expect.objectContaining({ purpose: "tagging", value: "Proportionality" }));
  const stale = await edit(1, "A stale edit.");
  expect(stale.status()).toBe(409);
  expect((await stale.json()).current["draftwatch:version"]).toBe(2);
  expect((await request.delete(`/api/annotations/${id}?version=2`, { headers: daniel.auth })).status()).toBe(204);
  expect((await request.get(`/api/annotations/${id}`, { headers: daniel.auth })).status()).toBe(404);

  // A revoked token no longer opens the API.
  await daniel.page.goto("/settings");
  await daniel.page.getByRole("button", { name: "Revoke e2e script" }).click();
  await expect(daniel.page.getByText("You have no tokens.")).toBeVisible();
  expect((await request.get(`/api/annotations?draft=${daniel.draftId}`, { headers: daniel.auth })).status()).toBe(401);
  await daniel.context.close();
  await sofia.context.close();
});
