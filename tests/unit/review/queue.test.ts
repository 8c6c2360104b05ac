import { describe, expect, it } from "vitest";
import { formatInterval, isDue, nextDue, pickDue, reviewSeed, upcoming } from "@/lib/review";

const NOW = new Date("2026-03-01T09:00:00Z");
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);
const cards = [
  { id: "c", due: at(-1) },
  { id: "a", due: at(-5) },
  { id: "b", due: at(-1) },
  { id: "d", due: at(30) },
  { id: "e", due: at(24 * 9) },
];

describe("pickDue", () => {
  it("keeps due cards, most overdue first, ties by id", () => {
    expect(pickDue(cards, NOW).map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
  it("honours the limit", () => {
    expect(pickDue(cards, NOW, 2).map((c) => c.id)).toEqual(["a", "b"]);
  });
  it("counts a card due exactly now as due", () => {
    expect(isDue({ id: "x", due: NOW }, NOW)).toBe(true);
  });
});

describe("upcoming and nextDue", () => {
  it("lists cards due within the next 7 days only", () => {
    expect(upcoming(cards, NOW).map((c) => c.id)).toEqual(["d"]);
  });
  it("finds the next due date after now", () => {
    expect(nextDue(cards, NOW)).toEqual(at(30));
    expect(nextDue([], NOW)).toBeNull();
  });
});

describe("formatInterval", () => {
  const cases: { hours: number; text: string }[] = [
    { hours: 0.1, text: "6 min" },
    { hours: 5, text: "5 hours" },
    { hours: 24, text: "1 day" },
    { hours: 72, text: "3 days" },
    { hours: 24 * 60, text: "2 months" },
    { hours: 24 * 365, text: "1 year" },
  ];
  it.each(cases)("$hours hours read as $text", ({ hours, text }) => {
    expect(formatInterval(NOW, at(hours))).toBe(text);
  });
});

describe("reviewSeed", () => {
  it("is stable for one review and changes after the next", () => {
    const card = { id: "card-1", reps: 2, lastReview: at(-48) };
    expect(reviewSeed(card)).toBe(reviewSeed({ ...card }));
    expect(reviewSeed({ ...card, reps: 3, lastReview: NOW })).not.toBe(reviewSeed(card));
  });
});
