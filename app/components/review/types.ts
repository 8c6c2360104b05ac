/**
 * What the review session receives and gets back. Shared by server and client; holds no answer
 * keys before grading: the quiz's `RunnerQuestion` (lib/quiz `learnerView`, Markdown rendered).
 */
import type { FeedbackView, RunnerQuestion } from "@/app/components/quiz/types";
import type { RatingName } from "@/lib/review";

/** One due card as the browser sees it before answering. */
export interface ReviewItem {
  cardId: string;
  /** The card's review count when the page was built (a stale card is refused). */
  reps: number;
  question: RunnerQuestion;
  /** "New", "Learning", "Review" or "Relearning". */
  stateLabel: string;
  lapses: number;
}

/** The server's verdict on an answer, and what each rating would schedule. */
export interface ReviewGrade {
  feedback: FeedbackView;
  /** Interval wording per rating, e.g. `{ good: "3 days" }`. */
  intervals: Record<RatingName, string>;
  /** Again for a wrong answer, Good for a right one. */
  suggested: RatingName;
}

/** A saved rating. */
export interface ReviewRated {
  /** ISO time the card is due next. */
  due: string;
  interval: string;
}
