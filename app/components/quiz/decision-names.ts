import type { QuestionType, QuizDecision } from "@/lib/quiz";

/** Decisions as people say them. */
export const DECISION_NAMES: Record<QuizDecision, string> = { Allow: "Allow", ExplicitDeny: "Explicit deny", ImplicitDeny: "Implicit deny" };

/** Names of question types for people. */
export const TYPE_NAMES: Record<QuestionType, string> = {
  single: "Single choice",
  multiple: "Multiple response",
  truefalse: "True or false",
  ordering: "Put in order",
  fill: "Fill in",
  predict: "Predict the decision",
  spot: "Spot the statement",
  write: "Write a policy",
};
