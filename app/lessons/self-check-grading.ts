import "server-only";
import { gradeAnswer, type Feedback } from "@/lib/quiz";
import { markdownToHtml } from "@/app/components/lesson/markdown";
import type { SelfCheckResult } from "@/app/components/lesson/self-check-types";
import { getLesson, getSelfCheckIds } from "./lesson-data";
import { selfCheckInstance } from "./self-check";

function feedbackText(f: Feedback): string {
  switch (f.type) {
    case "single":
      return f.chosen.feedback;
    case "multiple":
      return [
        ...f.chosen.map((c) => `- ${c.correct ? "✓" : "✗"} ${c.feedback}`),
        ...(f.missedIds.length > 0 ? [`- You missed ${f.missedIds.length} correct option${f.missedIds.length === 1 ? "" : "s"}.`] : []),
      ].join("\n");
    case "truefalse":
      return f.feedback;
    case "ordering":
      return `The right order: ${f.correctOrder.map((i) => i.text).join(" → ")}`;
    case "fill":
      return f.accepted ? `Accepted answers: ${f.accepted.map((a) => `\`${a}\``).join(", ")}` : `Expected ${f.numeric?.value ?? ""}${f.numeric?.unit ? ` ${f.numeric.unit}` : ""}`;
    case "predict":
    case "spot":
      return [`The evaluator's decision: **${f.decision}**.`, f.decidedBy.length ? `Decided by ${f.decidedBy.map((d) => `\`${d.path}\``).join(", ")}.` : "", f.decisionExplanation ?? ""]
        .filter(Boolean)
        .join(" ");
    case "write":
      return `${f.passed} of ${f.total} cases pass.`;
  }
}

/** Which lesson and questions a submission is for, or why it cannot be graded. */
export function selfCheckIdsFor(slug: string): string[] | undefined {
  const lesson = getLesson(slug);
  return lesson ? getSelfCheckIds(lesson) : undefined;
}

/**
 * Grades every self-check question of a lesson on the server. Answers are keyed by question id;
 * a missing or malformed answer is graded as not correct with the reason.
 */
export function gradeSelfCheck(slug: string, ids: readonly string[], answers: Record<string, unknown>): SelfCheckResult[] {
  return ids.map((id) => {
    const instance = selfCheckInstance(slug, id);
    if (!instance) return { id, correct: false, score: 0, feedbackHtml: "", explanationHtml: "", error: "unknown question" };
    if (!(id in answers)) return { id, correct: false, score: 0, feedbackHtml: "", explanationHtml: "", error: "not answered" };
    const graded = gradeAnswer(instance, answers[id]);
    if (!graded.ok) return { id, correct: false, score: 0, feedbackHtml: "", explanationHtml: "", error: graded.error.message };
    const { result } = graded;
    return {
      id,
      correct: result.correct,
      score: result.score,
      feedbackHtml: markdownToHtml(feedbackText(result.feedback)),
      explanationHtml: markdownToHtml(result.feedback.explanation),
      source: result.feedback.source,
    };
  });
}
