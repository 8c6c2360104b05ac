import { describe, expect, it } from "vitest";
import { cardFromAnswer, CARD_STATE, fromFsrsCard, newCardState, previewDue, RATINGS, scheduleCard, toFsrsCard, type RatingName, type ReviewCardState } from "@/lib/review";

const NOW = new Date("2026-03-01T09:00:00Z");
const DAY = 86_400_000;
const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY;

/** A card reviewed once (Good) and now due again. */
function reviewed(): { card: ReviewCardState; at: Date } {
  const first = scheduleCard(newCardState(NOW), "good", NOW).card;
  return { card: first, at: first.due };
}

describe("scheduleCard on a new card", () => {
  const cases: { a: RatingName; b: RatingName }[] = [
    { a: "again", b: "hard" },
    { a: "hard", b: "good" },
    { a: "good", b: "easy" },
    { a: "again", b: "good" },
  ];
  it.each(cases)("rated $b is due later than rated $a", ({ a, b }) => {
    const card = newCardState(NOW);
    expect(scheduleCard(card, b, NOW).card.due.getTime()).toBeGreaterThan(scheduleCard(card, a, NOW).card.due.getTime());
  });

  it.each(RATINGS.map((r) => ({ r })))("rated $r is due after now, counts one rep and logs the rating", ({ r }) => {
    const { card, log } = scheduleCard(newCardState(NOW), r, NOW);
    expect(card.due.getTime()).toBeGreaterThan(NOW.getTime());
    expect(card.reps).toBe(1);
    expect(card.lastReview).toEqual(NOW);
    expect(log.reviewedAt).toEqual(NOW);
    expect(log.state).toBe(CARD_STATE.New);
  });

  it("Good schedules in days, leaving today's queue (no minute-long learning steps)", () => {
    expect(days(NOW, scheduleCard(newCardState(NOW), "good", NOW).card.due)).toBeGreaterThanOrEqual(1);
    expect(days(NOW, scheduleCard(newCardState(NOW), "again", NOW).card.due)).toBeGreaterThanOrEqual(1);
  });
});

describe("lapses", () => {
  const cases: { rating: RatingName; lapses: number }[] = [
    { rating: "again", lapses: 1 },
    { rating: "hard", lapses: 0 },
    { rating: "good", lapses: 0 },
    { rating: "easy", lapses: 0 },
  ];
  it.each(cases)("rating $rating after a review gives $lapses lapses", ({ rating, lapses }) => {
    const { card, at } = reviewed();
    expect(card.state).toBe(CARD_STATE.Review);
    expect(scheduleCard(card, rating, at).card.lapses).toBe(lapses);
  });

  it("Again on a new card is not a lapse", () => {
    expect(scheduleCard(newCardState(NOW), "again", NOW).card.lapses).toBe(0);
  });
});

describe("determinism with an injected now", () => {
  it("gives the same schedule for the same state, rating and now", () => {
    const { card, at } = reviewed();
    expect(scheduleCard(card, "hard", at)).toEqual(scheduleCard(card, "hard", at));
  });

  it("does not read the real clock", () => {
    const past = new Date("2001-01-01T00:00:00Z");
    expect(scheduleCard(newCardState(past), "good", past).card.due.getUTCFullYear()).toBe(2001);
  });

  it("previewDue matches scheduleCard for every rating", () => {
    const { card, at } = reviewed();
    const preview = previewDue(card, at);
    for (const r of RATINGS) expect(preview[r]).toEqual(scheduleCard(card, r, at).card.due);
  });
});

describe("mapping between ts-fsrs cards and our fields", () => {
  it("round-trips a reviewed card", () => {
    const { card } = reviewed();
    expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
  });

  it("round-trips a new card without a last review", () => {
    const card = newCardState(NOW);
    expect(card.lastReview).toBeNull();
    expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
  });
});

describe("cardFromAnswer", () => {
  const answeredAt = new Date("2026-02-27T12:00:00Z");
  it("makes a wrong answer due at once", () => {
    const card = cardFromAnswer(false, answeredAt);
    expect(card.due).toEqual(answeredAt);
    expect(card.reps).toBe(0);
  });

  it("schedules a right answer as Good", () => {
    expect(cardFromAnswer(true, answeredAt)).toEqual(scheduleCard(newCardState(answeredAt), "good", answeredAt).card);
  });
});
