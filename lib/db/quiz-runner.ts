import "server-only";
import { certaintyScore, learnerView, mixSeed, shuffle, type LearnerView } from "@/lib/quiz";
import { db } from "./client";
import { getQuestionVersions, instanceOf } from "./quiz-bank";
import { quizConfigSchema } from "./quizzes";
import { attemptAnswerSelect, attemptFailure, type AnswerGrading, type AttemptFailure, type StoredFeedback } from "./quiz-types";

/** One question of an attempt as the take page needs it. */
export type RunnerItem = {
  position: number;
  questionId: string;
  version: number;
  /** lib/quiz's learner view: no keys, no explanations, no hidden cases. */
  view: LearnerView;
  response: unknown;
  certainty: number | null;
  flagged: boolean;
  timeSpentMs: number;
  answered: boolean;
  /** Practice mode only, for answered questions; always null in exam mode. */
  grading: AnswerGrading | null;
};

/** An attempt as the take page needs it. */
export type RunnerAttempt = {
  id: string;
  quizId: string | null;
  quizTitle: string;
  mode: "PRACTICE" | "EXAM";
  status: "IN_PROGRESS" | "SUBMITTED";
  certainty: boolean;
  startedAt: Date;
  deadlineAt: Date | null;
  passMark: number | null;
  items: RunnerItem[];
};

/** Shuffles choice options with the answer's seed (lib/quiz keeps the authored order). */
function shuffledView(view: LearnerView, seed: number): LearnerView {
  if (view.type !== "single" && view.type !== "multiple") return view;
  return { ...view, options: shuffle(view.options, mixSeed(seed >>> 0, "options")) };
}

function grading(a: { correct: boolean | null; score: number | null; certainty: number | null; feedback: unknown }, withCertainty: boolean): AnswerGrading | null {
  if (a.correct === null || a.feedback === null) return null;
  const level = a.certainty;
  const points = withCertainty && (level === 1 || level === 2 || level === 3) ? certaintyScore(a.correct, level) : null;
  return { correct: a.correct, score: a.score ?? 0, certaintyPoints: points, feedback: a.feedback as StoredFeedback };
}

/**
 * An attempt of this user for the take page: learner views of its questions and the saved state
 * of each answer. Grading (correctness, feedback, explanations) is included only in practice mode;
 * in exam mode nothing of the key leaves the server before submission.
 */
export async function getAttemptForRunner(userId: string, attemptId: string): Promise<{ ok: true; attempt: RunnerAttempt } | AttemptFailure> {
  const a = await db().attempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      userId: true,
      quizId: true,
      mode: true,
      status: true,
      certainty: true,
      startedAt: true,
      deadlineAt: true,
      quiz: { select: { title: true, config: true } },
      answers: { orderBy: { position: "asc" }, select: attemptAnswerSelect },
    },
  });
  if (!a) return attemptFailure("not-found", "ATTEMPT_NOT_FOUND", "no such attempt");
  if (a.userId !== userId) return attemptFailure("forbidden", "FORBIDDEN", "this attempt belongs to someone else");
  const questions = await getQuestionVersions(a.answers.map((x) => x.versionId));
  const practice = a.mode === "PRACTICE";
  const items = a.answers.flatMap((x): RunnerItem[] => {
    const q = questions.get(x.versionId);
    if (!q) return [];
    const seed = (x.paramSeed ?? 0) >>> 0;
    const view = shuffledView(learnerView(instanceOf(x.versionId, q, x.paramSeed), seed), seed);
    return [
      {
        position: x.position,
        questionId: x.questionId,
        version: x.questionVersion,
        view,
        response: x.response ?? null,
        certainty: x.certainty,
        flagged: x.flagged,
        timeSpentMs: x.timeSpentMs,
        answered: x.answeredAt !== null,
        grading: practice ? grading(x, a.certainty) : null,
      },
    ];
  });
  const passMark = a.quiz ? (quizConfigSchema.safeParse(a.quiz.config).data?.passMark ?? null) : null;
  const { quiz, userId: _owner, answers: _answers, ...rest } = a;
  return { ok: true, attempt: { ...rest, quizTitle: quiz?.title ?? "Retake", passMark, items } };
}
