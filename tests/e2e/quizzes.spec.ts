import { expect, test, type Page } from "@playwright/test";
import { loadQuestions } from "../../lib/content/questions";
import { uniqueEmail } from "./helpers";

type Item = { position: number; questionId: string; view: { type: string; slot?: string; cases?: { expect: string }[] } };
type Bank = Map<string, { type: string; explanation: string; options?: { id: string; correct: boolean }[]; answer?: boolean }>;
const bank: Bank = new Map(loadQuestions(process.cwd()).map((l) => [l.question.id, l.question as never]));
const CLOCK = "principal-test-clock-offset-ms";

// Generous timeouts: these flows draw, grade and submit on a shared, busy machine.
test.describe.configure({ timeout: 180_000 });
const slow = expect.configure({ timeout: 30_000 });

async function newLearner(page: Page, name = "Quinn Quiz") {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail("quiz"));
  await page.getByLabel("Password (at least 10 characters)").fill("quiz password 1");
  await page.getByLabel("Repeat the password").fill("quiz password 1");
  await page.getByRole("button", { name: "Create account" }).click();
  await slow(page).toHaveURL(/\/dashboard$/);
}

/** Starts an attempt through the API (as a non-form client would) and returns its id. */
async function startViaApi(page: Page, quizId: string, mode?: "PRACTICE" | "EXAM", replace = false): Promise<string> {
  const res = await page.request.post("/api/attempts", { data: { quizId, ...(mode ? { mode } : {}), replace } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { attemptId: string }).attemptId;
}

async function itemsOf(page: Page, attemptId: string): Promise<Item[]> {
  const res = await page.request.get(`/api/attempts/${attemptId}`);
  return ((await res.json()) as { attempt: { items: Item[] } }).attempt.items;
}

const card = (page: Page) => page.getByRole("region", { name: /^Question \d+ of \d+$/ });

/** Gives some well-formed answer to the current question, whatever its type. */
async function answerCurrent(page: Page) {
  const q = card(page);
  await slow(q.getByRole("button", { name: "Flag for review" })).toBeEnabled(); // rendered and hydrated
  const fill = q.getByRole("textbox", { name: /^Your answer/ });
  if (await fill.count()) await fill.fill("1");
  const multiple = q.getByRole("group", { name: "Choose every correct answer" });
  if (await multiple.count()) await multiple.getByRole("checkbox").first().check();
  const plain = q.getByRole("checkbox", { name: "Plain text editor" });
  if (await plain.count()) {
    // Some starters are broken on purpose; save JSON that parses.
    await plain.check();
    await q.getByRole("textbox", { name: "Your policy (JSON)" }).fill('{"Version": "2012-10-17", "Statement": []}');
  }
  for (const group of await q.getByRole("group").all()) {
    const radio = group.getByRole("radio").first();
    if ((await radio.count()) && !(await group.getByRole("radio", { checked: true }).count())) await radio.check();
  }
}

test("practice quiz: immediate feedback, retry", async ({ page }) => {
  await newLearner(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quizzes" }).click();
  await page.getByRole("link", { name: "Policy evaluation logic" }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await slow(page).toHaveURL(/\/attempts\/[^/]+$/);
  await answerCurrent(page);
  await page.getByRole("button", { name: "Check answer" }).click();
  const verdict = card(page).getByRole("heading", { name: /^(Correct|Not quite|Partly right)/ });
  await slow(verdict).toBeVisible();
  await slow(card(page).getByRole("heading", { name: "Explanation" })).toBeVisible();
  await slow(page.getByRole("button", { name: /Question 1, answered/ })).toBeVisible();
  await page.getByRole("button", { name: "Try again" }).click();
  await slow(verdict).toHaveCount(0);
  await page.getByRole("button", { name: "Check answer" }).click();
  await slow(verdict).toBeVisible();
});

test("exam simulation: flag, no feedback, the timer runs out, per-topic results, retake missed", async ({ page, context, baseURL }) => {
  await newLearner(page);
  await page.goto("/quizzes/exam-short");
  await slow(page.getByRole("radio", { name: /Practice/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await slow(page.getByRole("timer")).toBeVisible();
  await page.getByRole("button", { name: "Flag for review" }).click();
  await slow(page.getByRole("button", { name: "Flag for review" })).toHaveAttribute("aria-pressed", "true");
  await answerCurrent(page);
  await page.getByRole("button", { name: "Save answer" }).click();
  await slow(page.getByRole("status").filter({ hasText: "Answer to question 1 saved." })).toBeVisible();
  await slow(card(page).getByRole("heading", { name: /^(Correct|Not quite|Partly right)/ })).toHaveCount(0);
  await page.getByRole("button", { name: /^Question 2,/ }).click();
  await answerCurrent(page);
  await page.getByRole("button", { name: "Next question" }).click(); // saves the changed answer first
  await slow(page.getByRole("button", { name: "Question 1, answered, flagged for review" })).toBeVisible();
  await slow(page.getByRole("button", { name: /^Question 2, answered/ })).toBeVisible();

  await context.addCookies([{ name: CLOCK, value: String(6 * 60_000), url: baseURL! }]);
  await page.reload();
  await slow(page).toHaveURL(/\/results$/);
  await slow(page.getByText("Time ran out")).toBeVisible();
  await slow(page.getByRole("table", { name: "Score by topic" })).toBeVisible();
  await slow(page.getByRole("table", { name: "Score by exam domain" })).toBeVisible();
  await slow(page.getByText("2 of 5", { exact: true }).first()).toBeVisible();
  await slow(page.getByRole("heading", { name: "Review every question" })).toBeVisible();
  await slow(page.getByRole("heading", { name: "Explanation" }).first()).toBeVisible();

  await context.clearCookies({ name: CLOCK });
  const retake = page.getByRole("button", { name: /^Retake only the \d+ I missed$/ });
  const missed = Number((await retake.textContent())?.match(/\d+/)?.[0]);
  await retake.click();
  await slow(page).toHaveURL(/\/attempts\/[^/]+$/);
  await slow(page.getByRole("heading", { name: `Question 1 of ${missed}` })).toBeVisible();
});

test("an unfinished attempt resumes after a reload and from the quiz list", async ({ page }) => {
  await newLearner(page);
  await page.goto("/quizzes/practice-mixed");
  await page.getByRole("radio", { name: /Test yourself/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await slow(page).toHaveURL(/\/attempts\/[^/]+$/);
  const url = page.url();
  await answerCurrent(page);
  await page.getByRole("button", { name: "Save answer" }).click();
  await slow(card(page).getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await slow(page.getByText("1 of 15 answered")).toBeVisible();
  await slow(page.getByRole("button", { name: /^Question 1, answered/ })).toBeVisible();
  await slow(page.getByRole("heading", { name: "Question 2 of 15" })).toBeVisible();
  await page.goto("/quizzes");
  await page.getByRole("link", { name: "Resume Mixed practice" }).click();
  await slow(page).toHaveURL(url);
  await page.goto("/quizzes/practice-mixed");
  await slow(page.getByRole("link", { name: "Resume unfinished attempt" })).toHaveAttribute("href", new URL(url).pathname);
});

test("a write-a-policy answer that fails a visible case shows the trace", async ({ page }) => {
  await newLearner(page);
  // Unseen questions come first, so a handful of draws of this topic always reaches a write question.
  let attemptId = "";
  let write: Item | undefined;
  for (let i = 0; i < 10 && !write; i++) {
    attemptId = await startViaApi(page, "topic-conditions-and-variables", "PRACTICE", true);
    write = (await itemsOf(page, attemptId)).find((it) => it.view.type === "write");
  }
  expect(write).toBeDefined();
  await page.goto(`/attempts/${attemptId}`);
  await page.getByRole("button", { name: new RegExp(`^Question ${write!.position + 1},`) }).click();
  await page.getByRole("checkbox", { name: "Plain text editor" }).check();
  const editor = page.getByRole("textbox", { name: "Your policy (JSON)" });
  await editor.fill('{\n  "Version": "2012-10-17",\n  oops\n}');
  await page.getByRole("button", { name: "Check answer" }).click();
  await slow(page.getByRole("alert").filter({ hasText: "line 3, column 3" })).toBeVisible();
  // Deny everything when a visible check expects an allow, else allow everything: a visible check fails.
  const effect = write!.view.cases?.some((c) => c.expect === "allow") ? "Deny" : "Allow";
  const principal = write!.view.slot === "resource" ? { Principal: "*" } : {};
  await editor.fill(JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: effect, ...principal, Action: "*", Resource: "*" }] }, null, 2));
  await page.getByRole("button", { name: "Check answer" }).click();
  await slow(card(page).getByText(/checks passed/)).toBeVisible();
  const trace = card(page).getByRole("heading", { name: /^Trace: / }).first();
  await slow(trace).toBeVisible();
  await slow(card(page).getByRole("table", { name: "Evaluation gates in AWS's order" }).first()).toBeVisible();
  await slow(card(page).getByRole("heading", { name: "Deciding statements" }).first()).toBeVisible();
});

test("no answer keys or explanations reach the browser before answering", async ({ page }) => {
  await newLearner(page);
  const attemptId = await startViaApi(page, "practice-mixed", "PRACTICE");
  const items = await itemsOf(page, attemptId);
  // Phrases of each explanation that appear nowhere in what the learner may see (prompts, options, scenarios).
  const rest = JSON.stringify(items.map((it) => ({ ...bank.get(it.questionId), explanation: "", explanationByDecision: null, feedback: null })));
  const explanations = new Map(items.flatMap((it) => {
    const q = bank.get(it.questionId)!;
    const phrase = (q.explanation.match(/[A-Za-z][A-Za-z ,]{24,}/g) ?? []).find((m) => !rest.includes(m));
    return phrase ? [[it.position, phrase] as const] : [];
  }));
  expect(explanations.size).toBeGreaterThan(5);
  const html = await (await page.request.get(`/attempts/${attemptId}`)).text();
  const rsc = await (await page.request.get(`/attempts/${attemptId}`, { headers: { RSC: "1" } })).text();
  const api = JSON.stringify(items);
  for (const payload of [html, rsc, api]) {
    expect(payload).not.toContain('"correct":true');
    expect(payload).not.toContain('"solution"');
    for (const e of explanations.values()) expect(payload).not.toContain(e);
  }
  // After answering (practice), the explanation of that question is sent, and only then.
  await page.goto(`/attempts/${attemptId}`);
  await answerCurrent(page);
  await page.getByRole("button", { name: "Check answer" }).click();
  await slow(card(page).getByRole("heading", { name: "Explanation" })).toBeVisible();
  const after = await (await page.request.get(`/attempts/${attemptId}`, { headers: { RSC: "1" } })).text();
  if (explanations.has(0)) expect(after).toContain(explanations.get(0));
});

test("the answers API refuses bad requests with clear codes and changes nothing", async ({ page, browser }) => {
  await newLearner(page);
  const attemptId = await startViaApi(page, "exam-short");
  const [first] = await itemsOf(page, attemptId);
  const post = (data: unknown, p = page) => p.request.post(`/api/attempts/${attemptId}/answers`, { data: data as object });
  const code = async (r: Awaited<ReturnType<typeof post>>) => [r.status(), ((await r.json()) as { error: { code: string } }).error.code];
  expect(await code(await post({ position: "0", response: {} }))).toEqual([422, "INVALID_BODY"]);
  expect(await code(await post({ position: 0, response: { nope: true } }))).toEqual([422, "INVALID_RESPONSE"]);
  expect(await code(await post({ position: 0, response: { policy: "x".repeat(70_000) } }))).toEqual([413, "BODY_TOO_LARGE"]);
  expect(await code(await page.request.post(`/api/attempts/nope/answers`, { data: { position: 0, flagged: true } }))).toEqual([404, "ATTEMPT_NOT_FOUND"]);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.post(`/api/attempts/${attemptId}/answers`, { data: { position: 0, flagged: true } })).status()).toBe(401);
  const otherPage = await (await browser.newContext()).newPage();
  await newLearner(otherPage, "Other Learner");
  expect(await code(await post({ position: 0, flagged: true }, otherPage))).toEqual([403, "FORBIDDEN"]);
  expect(first).toBeDefined();
  expect((await itemsOf(page, attemptId))[0]).toMatchObject({ answered: false, flagged: false });
  const submit = () => page.request.post(`/api/attempts/${attemptId}/submit`);
  const both = await Promise.all([submit(), submit()]);
  const flags = await Promise.all(both.map(async (r) => ((await r.json()) as { alreadySubmitted: boolean }).alreadySubmitted));
  expect(flags.sort()).toEqual([false, true]);
  expect(await code(await post({ position: 0, flagged: true }))).toEqual([409, "ATTEMPT_SUBMITTED"]);
  await anonymous.close();
});
