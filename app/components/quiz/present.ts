import "server-only";
import type { RunnerItem } from "@/lib/db/attempts";
import type { AnswerGrading } from "@/lib/db/quiz-types";
import { inlineHtml, markdownHtml } from "./markdown";
import type { FeedbackView, RunnerQuestion, SavedAnswer } from "./types";

/** A runner item's question with its Markdown rendered (no key: the view has none). */
export function presentQuestion(item: Pick<RunnerItem, "position" | "questionId" | "version" | "view">): RunnerQuestion {
  const { view } = item;
  const texts = view.type === "single" || view.type === "multiple" ? view.options : view.type === "ordering" ? view.items : [];
  return {
    position: item.position,
    questionId: item.questionId,
    version: item.version,
    view,
    promptHtml: markdownHtml(view.prompt),
    textHtml: Object.fromEntries(texts.map((t) => [t.id, inlineHtml(t.text)])),
  };
}

/** A grading with its Markdown rendered to sanitized HTML. */
export function presentGrading(grading: AnswerGrading): FeedbackView {
  const detail = grading.feedback;
  const html: FeedbackView["html"] = {};
  if (detail.type === "single" || detail.type === "multiple") {
    const chosen = detail.type === "single" ? [detail.chosen] : detail.chosen;
    for (const o of chosen) html[o.id] = { text: inlineHtml(o.text), feedback: inlineHtml(o.feedback) };
  }
  if (detail.type === "truefalse") html.tf = { text: "", feedback: inlineHtml(detail.feedback) };
  if (detail.type === "ordering") for (const i of detail.correctOrder) html[i.id] = { text: inlineHtml(i.text), feedback: "" };
  const decisionExplanation = detail.type === "predict" || detail.type === "spot" ? detail.decisionExplanation : undefined;
  return {
    correct: grading.correct,
    score: grading.score,
    certaintyPoints: grading.certaintyPoints,
    explanationHtml: markdownHtml(detail.explanation),
    decisionExplanationHtml: decisionExplanation ? markdownHtml(decisionExplanation) : null,
    source: detail.source,
    html,
    detail,
  };
}

/** The saved state of a runner item for the browser (grading only when the item carries it). */
export function presentSaved(item: RunnerItem): SavedAnswer {
  return {
    response: item.answered ? item.response : null,
    certainty: item.certainty,
    flagged: item.flagged,
    answered: item.answered,
    feedback: item.grading ? presentGrading(item.grading) : null,
  };
}
