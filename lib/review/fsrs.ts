/**
 * FSRS scheduling for review cards (ts-fsrs), with the clock injected. Pure: the same state,
 * rating and `now` always give the same result (fuzz is off).
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";

/** The four ratings a learner gives after answering. */
export const RATINGS = ["again", "hard", "good", "easy"] as const;
/** A rating name. */
export type RatingName = (typeof RATINGS)[number];

const GRADE: Record<RatingName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** The rating's number as stored in `ReviewLog.rating` (ts-fsrs: 1 Again … 4 Easy). */
export function ratingValue(rating: RatingName): number {
  return GRADE[rating];
}

/** Card states (ts-fsrs `State`), as stored in `ReviewCard.state`. */
export const CARD_STATE = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;

/** The FSRS fields of a `ReviewCard` row (our names). */
export interface ReviewCardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** The fields of a `ReviewLog` row. */
export interface ReviewLogEntry {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reviewedAt: Date;
}

/** A scheduled review: the card's new state and the log of this review. */
export interface ScheduledReview {
  card: ReviewCardState;
  log: ReviewLogEntry;
}

// Days-based scheduling: no minute-long learning steps, so a rated card leaves today's queue.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

/** Our card fields → a ts-fsrs `Card`. */
export function toFsrsCard(s: ReviewCardState): Card {
  const card: Card = {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
  };
  if (s.lastReview) card.last_review = new Date(s.lastReview);
  return card;
}

/** A ts-fsrs `Card` → our card fields. */
export function fromFsrsCard(c: Card): ReviewCardState {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ? new Date(c.last_review) : null,
  };
}

/** A card never reviewed, due at `now`. */
export function newCardState(now: Date): ReviewCardState {
  return fromFsrsCard(createEmptyCard(now));
}

/** Schedules a card given its state, a rating and the review time. */
export function scheduleCard(state: ReviewCardState, rating: RatingName, now: Date): ScheduledReview {
  const { card, log } = scheduler.next(toFsrsCard(state), now, GRADE[rating]);
  return {
    card: fromFsrsCard(card),
    log: {
      rating: log.rating,
      state: log.state,
      due: new Date(log.due),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      scheduledDays: log.scheduled_days,
      reviewedAt: new Date(log.review),
    },
  };
}

/** When each rating would make the card due next. */
export function previewDue(state: ReviewCardState, now: Date): Record<RatingName, Date> {
  const out = {} as Record<RatingName, Date>;
  for (const r of RATINGS) out[r] = scheduleCard(state, r, now).card.due;
  return out;
}

/**
 * The first state of a card made from a quiz answer: a wrong answer makes it due at once (at the
 * time of the answer); a right one is scheduled as if rated Good then.
 */
export function cardFromAnswer(correct: boolean, answeredAt: Date): ReviewCardState {
  const fresh = newCardState(answeredAt);
  return correct ? scheduleCard(fresh, "good", answeredAt).card : fresh;
}
