import { expect, test, type Page } from "@playwright/test";
import { loadQuestions } from "../../lib/content/questions";
import { signUp, uniqueEmail } from "./helpers";

type Item = { position: number; questionId: string; view: { type: string } };
type BankQuestion = { type: string; options?: { id: string; correct: boolean }[]; answer?: boolean };
const bank = new Map(loadQuestions(process.cwd()).map((l) => [l.question.id, l.question as unknown as BankQuestion]));

/** A wrong response to a single-choice or true/false question, from the bank's key. */
function wrongResponse(item: Item): Record<string, unknown> | undefined {
  const q = bank.get(item.questionId);
  if (q?.type === "single") {
    const wrong = q.options?.find((o) => !o.correct);
    return wrong ? { choice: wrong.id } : undefined;
  }
  if (q?.type === "truefalse" && typeof q.answer === "boolean") return { answer: !q.answer };
  return undefined;
}

/** Answers one question wrong in a practice attempt, as the quiz pages do (through the API). */
async function answerOneWrong(page: Page) {
  for (let tries = 0; tries < 5; tries++) {
    const start = await page.request.post("/api/attempts", { data: { quizId: "practice-mixed", mode: "PRACTICE", replace: true } });
    expect(start.ok()).toBe(true);
    const { attemptId } = (await start.json()) as { attemptId: string };
    const items = ((await (await page.request.get(`/api/attempts/${attemptId}`)).json()) as { attempt: { items: Item[] } }).attempt.items;
    for (const item of items) {
      const response = wrongResponse(item);
      if (!response) continue;
      const saved = await page.request.post(`/api/attempts/${attemptId}/answers`, { data: { position: item.position, response } });
      expect(saved.ok()).toBe(true);
      expect(((await saved.json()) as { grading: { correct: boolean } }).grading.correct).toBe(false);
      return;
    }
  }
  throw new Error("no single-choice or true/false question was drawn");
}

test("a question answered wrong is due on /review; answered and rated, it leaves today's queue", async ({ page }) => {
  await signUp(page, "Rita Review", uniqueEmail("review"), "review password 1");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Answer some quiz questions first" })).toBeVisible();

  await answerOneWrong(page);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Card 1 of 1" })).toBeVisible();
  await expect(page.getByTestId("due-today")).toHaveText("1");

  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: /^(Correct|Not quite|Partly right)/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Explanation" })).toBeVisible();
  const rating = page.getByRole("group", { name: "How well did you know it?" });
  await expect(rating.getByRole("button", { name: /^Again · 1 day/ })).toBeVisible();
  await rating.getByRole("button", { name: /^Good · 3 days/ }).click();

  await expect(page.getByRole("status").filter({ hasText: "Saved: next review in 3 days." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(page.getByTestId("due-today")).toHaveText("0");

  await page.reload();
  await expect(page.getByRole("heading", { name: /^Nothing due — next review on / })).toBeVisible();
  await expect(page.getByTestId("due-today")).toHaveText("0");
});

test("the review page asks for sign-in", async ({ page }) => {
  await page.goto("/review");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Freview$/);
});
