import "server-only";
import { presentQuestion } from "@/app/components/quiz/present";
import type { ReviewItem } from "@/app/components/review/types";
import type { DueCard } from "@/lib/db/review";
import { instantiate, learnerView, mixSeed, shuffle, type QuestionInstance } from "@/lib/quiz";
import { reviewSeed } from "@/lib/review";

const STATE_LABEL = ["New", "Learning", "Review", "Relearning"];

/** The instance a card is reviewed with now: a fresh template draw for every review. */
export function reviewInstance(card: DueCard): QuestionInstance {
  return instantiate(card.question, reviewSeed(card));
}

/** A due card as the browser may see it: the learner view (options shuffled), Markdown rendered. */
export function buildReviewItem(card: DueCard): ReviewItem {
  const seed = reviewSeed(card);
  const view = learnerView(reviewInstance(card), seed);
  const shown = view.type === "single" || view.type === "multiple" ? { ...view, options: shuffle(view.options, mixSeed(seed, "options")) } : view;
  return {
    cardId: card.id,
    reps: card.reps,
    question: presentQuestion({ position: 0, questionId: card.questionId, version: card.question.version, view: shown }),
    stateLabel: STATE_LABEL[card.state] ?? "Review",
    lapses: card.lapses,
  };
}
