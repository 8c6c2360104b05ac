import "server-only";
import type { QuestionInstance } from "@/lib/quiz";
import { certaintyScore, learnerView, listStatements, predictKey, spotKey } from "@/lib/quiz";
import type { ResultItem } from "@/lib/db/quiz-results";
import { gradeForStorage } from "@/lib/db/quiz-grading";
import { DECISION_NAMES } from "@/app/components/quiz/decision-names";
import { inlineHtml } from "@/app/components/quiz/markdown";
import { presentGrading, presentQuestion } from "@/app/components/quiz/present";
import { statementLabel } from "@/app/components/quiz/statement-label";
import type { FeedbackView, RunnerQuestion } from "@/app/components/quiz/types";

/** The learner's answer as shown in the review: inline HTML lines, or code. */
export type AnswerShown = { lines: string[] } | { code: string };

/** One reviewed question. */
export type ReviewEntry = {
  item: ResultItem;
  question: RunnerQuestion;
  answer: AnswerShown | null;
  /** The grading of the learner's answer, or of the model answer when unanswered. */
  feedback: FeedbackView | null;
  /** The model solution of a write question. */
  solution: string | null;
};

/** A response that gets full marks, built from the (computed) key. */
function modelResponse(q: QuestionInstance): unknown {
  switch (q.type) {
    case "single":
      return { choice: q.options.find((o) => o.correct)?.id };
    case "multiple":
      return { choices: q.options.filter((o) => o.correct).map((o) => o.id) };
    case "truefalse":
      return { answer: q.answer };
    case "ordering":
      return { order: q.items.map((i) => i.id) };
    case "fill":
      return { text: q.accepted?.[0] ?? String(q.numeric?.value ?? "") };
    case "predict": {
      const key = predictKey(q);
      return { decision: key.decision, ...(q.askStatement ? { statement: key.paths[0] ?? null } : {}) };
    }
    case "spot":
      return { statement: spotKey(q).paths[0] ?? listStatements(q.scenario)[0]?.path };
    case "write":
      return { policy: q.solution };
  }
}

const text = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

function statementText(q: QuestionInstance, path: string | null | undefined): string {
  if (path === null) return "no statement";
  const found = "scenario" in q ? listStatements(q.scenario).find((s) => s.path === path) : undefined;
  return found ? text(statementLabel(found)) : text(String(path));
}

/** The learner's stored response in words. */
function describe(q: QuestionInstance, r: Record<string, unknown>): AnswerShown {
  const option = (id: unknown) => inlineHtml(("options" in q ? q.options.find((o) => o.id === id)?.text : undefined) ?? String(id));
  switch (q.type) {
    case "single":
      return { lines: [option(r.choice)] };
    case "multiple":
      return { lines: (r.choices as unknown[]).map(option) };
    case "truefalse":
      return { lines: [r.answer ? "True" : "False"] };
    case "ordering":
      return { lines: (r.order as unknown[]).map((id, i) => `${i + 1}. ${inlineHtml(q.items.find((x) => x.id === id)?.text ?? String(id))}`) };
    case "fill":
      return { lines: [text(String(r.text))] };
    case "predict": {
      const decision = DECISION_NAMES[r.decision as keyof typeof DECISION_NAMES] ?? String(r.decision);
      return { lines: [text(decision), ...(r.statement !== undefined ? [`Deciding statement: ${statementText(q, r.statement as string | null)}`] : [])] };
    }
    case "spot":
      return { lines: [statementText(q, r.statement as string)] };
    case "write":
      return { code: String(r.policy) };
  }
}

function modelFeedback(q: QuestionInstance): FeedbackView | null {
  const graded = gradeForStorage(q, modelResponse(q), null);
  return graded.ok ? presentGrading(graded.grading) : null;
}

/** Builds the review of every question of a submitted attempt (answers, keys, explanations, traces). */
export function buildReview(items: readonly ResultItem[], certaintyMarking: boolean): ReviewEntry[] {
  return items.map((item) => {
    const q = item.instance;
    const question = presentQuestion({ position: item.position, questionId: item.questionId, version: item.version, view: learnerView(q, q.seed) });
    const answered = item.answered && item.response !== null && typeof item.response === "object";
    const feedback =
      answered && item.feedback && item.correct !== null
        ? presentGrading({ correct: item.correct, score: item.score ?? 0, certaintyPoints: null, feedback: item.feedback })
        : modelFeedback(q);
    const level = item.certainty;
    if (feedback && answered && certaintyMarking && (level === 1 || level === 2 || level === 3)) feedback.certaintyPoints = certaintyScore(item.correct === true, level);
    return {
      item,
      question,
      answer: answered ? describe(q, item.response as Record<string, unknown>) : null,
      feedback,
      solution: q.type === "write" ? q.solution : null,
    };
  });
}
