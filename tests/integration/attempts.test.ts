import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAttemptFromVersions, getAttemptForRunner, startQuizAttempt } from "@/lib/db/attempts";
import { saveAnswer } from "@/lib/db/quiz-answers";
import { createRetakeAttempt } from "@/lib/db/quiz-retake";
import { getAttemptResults } from "@/lib/db/quiz-results";
import { submitAttempt } from "@/lib/db/quiz-submit";
import { createQuestionReport } from "@/lib/db/reports";
import type { LearnerView } from "@/lib/quiz";
import { testPrisma, unique } from "./support/db";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const newUser = async () => (await prisma.user.create({ data: { email: `${unique("quiz")}@example.test` } })).id;

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A well-formed (not necessarily right) response for a learner view. */
function someResponse(view: LearnerView): unknown {
  switch (view.type) {
    case "single":
      return { choice: view.options[0]!.id };
    case "multiple":
      return { choices: [view.options[0]!.id] };
    case "truefalse":
      return { answer: true };
    case "ordering":
      return { order: view.items.map((i) => i.id) };
    case "fill":
      return { text: "42" };
    case "predict":
      return { decision: "Allow", ...(view.askStatement ? { statement: null } : {}) };
    case "spot":
      return { statement: view.statements[0]!.path };
    case "write":
      // Some starters are broken on purpose ("fix this policy"): answer with JSON that parses.
      return { policy: isJson(view.starter) ? view.starter : '{"Version": "2012-10-17", "Statement": []}' };
  }
}

async function runner(userId: string, attemptId: string) {
  const r = await getAttemptForRunner(userId, attemptId);
  if (!r.ok) throw new Error(r.message);
  return r.attempt;
}

async function start(userId: string, quizId: string, extra: { mode?: "PRACTICE" | "EXAM"; certainty?: boolean; replace?: boolean } = {}, at?: Date) {
  const r = await startQuizAttempt(userId, { quizId, certainty: extra.certainty ?? false, ...extra }, at);
  if (!r.ok) throw new Error(r.message);
  return r.attemptId;
}

const answerRows = (attemptId: string) =>
  prisma.attemptAnswer.findMany({ where: { attemptId }, orderBy: { position: "asc" } });

describe("starting attempts", () => {
  it("draws questions the user has not seen before seen ones, at their current version", async () => {
    const userId = await newUser();
    const first = await start(userId, "topic-evaluation-logic");
    await submitAttempt(userId, first);
    const second = await start(userId, "topic-evaluation-logic");
    const [a, b] = [await answerRows(first), await answerRows(second)];
    expect(a).toHaveLength(8);
    expect(b).toHaveLength(8);
    const seen = new Set(a.map((r) => r.questionId));
    expect(b.filter((r) => seen.has(r.questionId))).toEqual([]);
    const current = await prisma.question.findMany({ where: { id: { in: b.map((r) => r.questionId) } } });
    for (const row of b) expect(row.questionVersion).toBe(current.find((q) => q.id === row.questionId)?.currentVersion);
  });

  it("offers the unfinished attempt of the same quiz instead of starting another", async () => {
    const userId = await newUser();
    const first = await startQuizAttempt(userId, { quizId: "practice-mixed", certainty: false });
    const again = await startQuizAttempt(userId, { quizId: "practice-mixed", certainty: false });
    expect(again).toEqual({ ok: true, attemptId: first.ok ? first.attemptId : "", resumed: true });
  });
});

describe("answering", () => {
  it("saves the response, the question version and the time spent (added up)", async () => {
    const userId = await newUser();
    const attemptId = await start(userId, "practice-mixed", { mode: "PRACTICE" });
    const item = (await runner(userId, attemptId)).items[0]!;
    const saved = await saveAnswer(userId, attemptId, { position: 0, response: someResponse(item.view), timeSpentMs: 1200 });
    expect(saved.ok && saved.grading !== null).toBe(true);
    await saveAnswer(userId, attemptId, { position: 0, response: someResponse(item.view), timeSpentMs: 800, flagged: true });
    const row = (await answerRows(attemptId))[0]!;
    const version = await prisma.questionVersion.findUniqueOrThrow({ where: { id: row.versionId } });
    expect([row.questionId, row.questionVersion]).toEqual([version.questionId, version.version]);
    expect(row.timeSpentMs).toBe(2000);
    expect(row.flagged).toBe(true);
    expect(row.answeredAt).not.toBeNull();
    expect(row.response).toEqual(someResponse(item.view));
  });

  it("keeps grading on the server in exam mode", async () => {
    const userId = await newUser();
    const attemptId = await start(userId, "exam-short");
    const item = (await runner(userId, attemptId)).items[0]!;
    expect(await saveAnswer(userId, attemptId, { position: 0, response: someResponse(item.view) })).toEqual({ ok: true, mode: "EXAM", grading: null });
    expect((await runner(userId, attemptId)).items.every((i) => i.grading === null)).toBe(true);
  });
});

describe("submitting", () => {
  it("records one result when two submits race", async () => {
    const userId = await newUser();
    const attemptId = await start(userId, "exam-short");
    const items = (await runner(userId, attemptId)).items;
    for (const item of items.slice(0, 2)) expect((await saveAnswer(userId, attemptId, { position: item.position, response: someResponse(item.view) })).ok).toBe(true);
    const results = await Promise.all([submitAttempt(userId, attemptId), submitAttempt(userId, attemptId)]);
    const ok = results.map((r) => (r.ok ? r : null));
    expect(ok.map((r) => r?.alreadySubmitted).sort()).toEqual([false, true]);
    expect(ok[0]?.result).toEqual(ok[1]?.result);
    const row = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.score).toBe(ok[0]?.result.score);
    expect((row.summary as { answered: number }).answered).toBe(2);
  });

  it("after the deadline refuses answers and submits only what was answered in time", async () => {
    const userId = await newUser();
    const startedAt = new Date(Date.now() - 10 * 60_000);
    const attemptId = await start(userId, "exam-short", {}, startedAt);
    const items = (await runner(userId, attemptId)).items;
    const inTime = new Date(startedAt.getTime() + 60_000);
    for (const item of items.slice(0, 2)) expect((await saveAnswer(userId, attemptId, { position: item.position, response: someResponse(item.view) }, inTime)).ok).toBe(true);
    const late = await saveAnswer(userId, attemptId, { position: 2, response: someResponse(items[2]!.view) });
    expect(late).toMatchObject({ ok: false, reason: "expired", code: "ATTEMPT_EXPIRED" });
    const submitted = await submitAttempt(userId, attemptId);
    expect(submitted).toMatchObject({ ok: true, result: { expired: true, summary: { answered: 2, total: 5 } } });
    expect((await answerRows(attemptId)).map((r) => r.response !== null)).toEqual([true, true, false, false, false]);
  });
});

describe("disabled accounts", () => {
  it("a disabled user's answer is refused as unauthenticated and changes nothing", async () => {
    const userId = await newUser();
    const attemptId = await start(userId, "practice-mixed");
    const item = (await runner(userId, attemptId)).items[0]!;
    expect((await saveAnswer(userId, attemptId, { position: 0, flagged: true })).ok).toBe(true);
    await prisma.user.update({ where: { id: userId }, data: { disabled: true } });
    const before = await answerRows(attemptId);
    expect(await saveAnswer(userId, attemptId, { position: 0, response: someResponse(item.view), flagged: false })).toMatchObject({ ok: false, reason: "unauthenticated" });
    expect(await answerRows(attemptId)).toEqual(before);
    await prisma.user.update({ where: { id: userId }, data: { disabled: false } });
    expect((await saveAnswer(userId, attemptId, { position: 0, response: someResponse(item.view) })).ok).toBe(true);
  });
});

describe("ownership", () => {
  it("another user can neither read, answer, submit, report on nor retake the attempt", async () => {
    const [owner, other] = [await newUser(), await newUser()];
    const attemptId = await start(owner, "practice-mixed");
    const item = (await runner(owner, attemptId)).items[0]!;
    const before = await answerRows(attemptId);
    const forbidden = { ok: false, reason: "forbidden" };
    expect(await getAttemptForRunner(other, attemptId)).toMatchObject(forbidden);
    expect(await saveAnswer(other, attemptId, { position: 0, response: someResponse(item.view) })).toMatchObject(forbidden);
    expect(await submitAttempt(other, attemptId)).toMatchObject(forbidden);
    expect(await createQuestionReport(other, { attemptId, position: 0, message: "x" })).toMatchObject(forbidden);
    await submitAttempt(owner, attemptId);
    expect(await getAttemptResults(other, attemptId)).toMatchObject(forbidden);
    expect(await createRetakeAttempt(other, attemptId)).toMatchObject(forbidden);
    expect((await answerRows(attemptId)).map((r) => r.response)).toEqual(before.map((r) => r.response));
  });
});

describe("malformed answers", () => {
  let userId = "";
  let attemptId = "";
  beforeAll(async () => {
    userId = await newUser();
    const single = await prisma.question.findFirstOrThrow({ where: { type: "single", active: true }, orderBy: { id: "asc" } });
    const questions = [
      { questionId: single.id, version: single.currentVersion },
      { questionId: "lab-write-fix-overbroad-s3", version: 1 },
    ];
    const created = await createAttemptFromVersions(userId, { quizId: null, mode: "PRACTICE", certainty: false, questions });
    if (!created.ok) throw new Error(created.message);
    attemptId = created.attemptId;
  });

  it.each([
    ["a response of the wrong shape", 0, { choices: ["a"] }, "INVALID_RESPONSE"],
    ["a response that is not an object", 0, "a", "INVALID_RESPONSE"],
    ["an unknown option id", 0, { choice: "no-such-option" }, "UNKNOWN_OPTION"],
    ["a policy that is not JSON", 1, { policy: '{"Version": "2012-10-17",\n  "Statement": [' }, "INVALID_POLICY_JSON"],
    ["a policy over 20 KB", 1, { policy: `{"Version":"2012-10-17","Statement":[],"Pad":"${"x".repeat(21 * 1024)}"}` }, "POLICY_TOO_LARGE"],
    ["a policy that is not a string", 1, { policy: { Version: "2012-10-17" } }, "INVALID_RESPONSE"],
  ])("refuses %s with a clear error and changes nothing", async (_name, position, response, code) => {
    const before = await answerRows(attemptId);
    const result = await saveAnswer(userId, attemptId, { position, response, timeSpentMs: 500, flagged: true });
    expect(result).toMatchObject({ ok: false, reason: "invalid", code });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    expect(await answerRows(attemptId)).toEqual(before);
  });

  it("reports the line and column of a policy that is not JSON", async () => {
    const result = await saveAnswer(userId, attemptId, { position: 1, response: { policy: '{\n  "Version": "2012-10-17",\n  oops\n}' } });
    expect(result.ok ? "" : result.message).toMatch(/line 3, column 3/);
  });

  it("refuses a position the attempt does not have", async () => {
    expect(await saveAnswer(userId, attemptId, { position: 7, response: {} })).toMatchObject({ ok: false, code: "INVALID_POSITION" });
  });
});
