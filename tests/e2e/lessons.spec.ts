import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loadQuestions } from "../../lib/content/questions";
import { evaluate } from "../../lib/iam";
import { signUp, uniqueEmail } from "./helpers";

const LESSON = { slug: "identities", title: "Identities, principals and entities" };
const SELF_CHECK = ["sc-identities-group-not-principal", "sc-identities-entity-vs-identity", "sc-identities-principal-forms", "sc-identities-account-principal"];

type AnyQuestion = {
  id: string;
  type: string;
  options?: { id: string; correct: boolean }[];
  answer?: boolean;
  accepted?: string[];
  scenario?: unknown;
};

/** The right answers, read from the question bank (the browser never gets them). */
function correctAnswers(): Map<string, AnyQuestion> {
  const bank = new Map(loadQuestions(process.cwd()).map((l) => [l.question.id, l.question as unknown as AnyQuestion]));
  return new Map(SELF_CHECK.map((id) => [id, bank.get(id) as AnyQuestion]));
}

async function answerSelfCheckCorrectly(page: Page) {
  const form = page.getByRole("form", { name: "Self-check" });
  await form.scrollIntoViewIfNeeded();
  let i = 0;
  for (const q of correctAnswers().values()) {
    i += 1;
    const group = form.getByRole("group", { name: `Question ${i}`, exact: true });
    if (q.type === "single" || q.type === "multiple") {
      for (const o of q.options ?? []) if (o.correct) await group.locator(`input[value="${o.id}"]`).check();
    } else if (q.type === "truefalse") {
      await group.getByRole("radio", { name: q.answer ? "True" : "False" }).check();
    } else if (q.type === "predict") {
      const label = { Allow: "Allow", ExplicitDeny: "Explicit deny", ImplicitDeny: "Implicit deny" }[evaluate(q.scenario).decision];
      await group.getByRole("radio", { name: label, exact: true }).check();
    } else if (q.type === "fill") {
      await group.getByRole("textbox").fill(q.accepted?.[0] ?? "");
    }
  }
  await form.getByRole("button", { name: "Check my answers" }).click();
  await expect(form.getByRole("status")).toContainText(`${SELF_CHECK.length} of ${SELF_CHECK.length} correct`);
}

async function runTryIt(page: Page) {
  const tryIt = page.getByRole("region", { name: /^Try it/ }).first();
  await tryIt.scrollIntoViewIfNeeded();
  await expect(tryIt.getByRole("status")).toContainText("Decision: Allow");
  await expect(tryIt).toContainText("AWS documents: Allow");
  await tryIt.getByLabel("Action").fill("s3:DeleteObject");
  await expect(tryIt.getByRole("status")).toContainText("Decision: Implicit deny");
  await tryIt.getByRole("button", { name: "Reset" }).click();
  await expect(tryIt.getByRole("status")).toContainText("Decision: Allow");
  // The step-by-step explanation is worked out in the browser when opened (not shipped in the page).
  await tryIt.getByText("Explanation, step by step").click();
  await expect(tryIt.getByText(/Gates, in AWS's evaluation order/)).toBeVisible();
}

async function expectCompletedOnLessonList(page: Page) {
  await page.goto("/lessons");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: LESSON.title }) });
  await expect(card).toContainText("Completed");
}

async function expectCompletedOnDashboard(page: Page) {
  await page.goto("/dashboard");
  const row = page.getByRole("list", { name: "Lesson progress" }).getByRole("listitem").filter({ hasText: LESSON.title });
  await expect(row).toContainText("Completed");
}

test("a signed-in reader runs a TryIt, passes the self-check and sees the lesson completed", async ({ page }) => {
  await signUp(page, "Rita Reader", uniqueEmail("rita"), "a long reading password");
  await page.goto(`/lessons/${LESSON.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: LESSON.title })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeVisible();
  await runTryIt(page);
  await answerSelfCheckCorrectly(page);
  await expect(page.getByRole("form", { name: "Self-check" })).toContainText("Self-check passed: lesson marked complete.");
  await expectCompletedOnLessonList(page);
  await expectCompletedOnDashboard(page);
});

test("a signed-out reader's progress is kept on the device and merged into the account on sign-in", async ({ page }) => {
  await page.goto(`/lessons/${LESSON.slug}`);
  await runTryIt(page);
  await answerSelfCheckCorrectly(page);
  await expect(page.getByRole("form", { name: "Self-check" })).toContainText("lesson marked complete on this device");
  await expectCompletedOnLessonList(page);

  await signUp(page, "Sam Signedout", uniqueEmail("sam"), "a long merging password");
  await expectCompletedOnLessonList(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem("principal:lesson-progress"))).toBeNull();
  await expectCompletedOnDashboard(page);
});

test("unknown lessons are 404s", async ({ page }) => {
  const response = await page.goto("/lessons/no-such-lesson");
  expect(response?.status()).toBe(404);
});

test("search finds lesson sections and opens with the keyboard", async ({ page }) => {
  await page.goto(`/lessons/${LESSON.slug}`);
  await page.keyboard.press("/");
  const dialog = page.getByRole("dialog", { name: "Search lessons and glossary" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("searchbox").fill("passrole");
  await dialog.getByRole("link").filter({ hasText: "PassRole" }).first().click();
  await expect(page).toHaveURL(/\/lessons\/passrole/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violations on /lessons and a lesson page (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of ["/lessons", `/lessons/evaluation-logic`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /dark/ : /^(?!.*dark)/);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    }
    await context.close();
  });
}
