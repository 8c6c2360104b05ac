import { expect, test } from "@playwright/test";

const LESSON = "/lessons/identities";
// A sentence of the lesson's prose (content/lessons/01-identities.mdx).
const SENTENCE = "Mia, a data analyst, starts on Monday";

test("a lesson page carries its prose once, as ASCII HTML that reads the same", async ({ page, request }) => {
  const html = await (await request.get(LESSON)).text();
  // Once: the prose is static HTML, not repeated in the inline React Server Components payload.
  expect(html.split(SENTENCE).length - 1).toBe(1);
  // ASCII: characters such as curly quotes travel as references (scripts/ascii-html.ts).
  expect(/[\u0080-\u{10FFFF}]/u.test(html)).toBe(false);
  expect(html).toContain("&#x");

  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`${m.text()} ${m.location().url}`));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(LESSON);
  await expect(page.getByText(SENTENCE)).toBeVisible();
  // The references decode to the real characters, in prose and in hydrated islands alike.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Identities, principals and entities");
  await expect(page.locator("article")).toContainText("\u201CA principal is the user's name, an identity is the login\u201D");
  await expect(page.locator("article")).toContainText("\u2713Tell an IAM identity");
  await page.getByRole("region", { name: /^Try it/ }).first().getByLabel("Action").fill("s3:DeleteObject");
  await expect(page.getByRole("region", { name: /^Try it/ }).first().getByRole("status")).toContainText("Decision: Implicit deny");
  expect(errors, "no hydration or script errors").toEqual([]);
});

test("glossary terms show their definition on hover and focus, and Escape closes it", async ({ page }) => {
  await page.goto(LESSON);
  const term = page.locator("article button.lx-term").first();
  const tip = page.locator(`#${await term.getAttribute("aria-describedby")}`);
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute("role", "tooltip");
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await term.blur();
  await term.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
});

test("Copy as scenario JSON copies a scenario with the policy in its slot", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(LESSON);
  const figure = page.locator("article figure").filter({ has: page.getByRole("button", { name: "Copy as scenario JSON" }) }).first();
  await figure.getByRole("button", { name: "Copy as scenario JSON" }).click();
  await expect(figure.getByRole("status")).toHaveText("Copied");
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { request: { action: string }; policies: Record<string, unknown> };
  const shown = JSON.parse((await figure.locator("pre").textContent()) ?? "") as unknown;
  expect(copied.request.action).toBeTruthy();
  expect(Object.values(copied.policies).flat(2)).toContainEqual(shown);
});

test("a lesson opened from the lesson list (client-side navigation) shows its prose", async ({ page }) => {
  await page.goto("/lessons");
  // No server HTML for the prose after a client-side navigation: it is read from the lesson's page.
  const fetched = page.waitForRequest((r) => r.url().endsWith(LESSON) && r.resourceType() === "fetch");
  await page.getByRole("link", { name: "Identities, principals and entities" }).first().click();
  await fetched;
  await expect(page).toHaveURL(LESSON);
  await expect(page.getByText(SENTENCE)).toBeVisible();
  await expect(page.getByText("The lesson text did not load")).toHaveCount(0);
  // Islands between the prose still work after the navigation.
  await expect(page.getByRole("region", { name: /^Try it/ }).first().getByRole("status")).toContainText("Decision: Allow");
});
