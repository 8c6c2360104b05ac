/**
 * Public entry of lib/review: FSRS scheduling of review cards (ts-fsrs) and queue helpers. Pure:
 * the clock comes in as `now`; no I/O.
 */
export {
  RATINGS,
  CARD_STATE,
  ratingValue,
  toFsrsCard,
  fromFsrsCard,
  newCardState,
  scheduleCard,
  previewDue,
  cardFromAnswer,
  type RatingName,
  type ReviewCardState,
  type ReviewLogEntry,
  type ScheduledReview,
} from "./fsrs";
export { isDue, pickDue, upcoming, nextDue, formatInterval, reviewSeed, type QueueCard } from "./queue";
