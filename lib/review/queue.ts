/**
 * Picking due cards, counting upcoming ones, wording intervals and the seed of a review. Pure.
 */
import { hashString } from "../quiz/random";

const DAY_MS = 86_400_000;

/** The least a card needs for queue decisions. */
export interface QueueCard {
  id: string;
  due: Date;
}

/** Whether a card is due at `now`. */
export function isDue(card: QueueCard, now: Date): boolean {
  return card.due.getTime() <= now.getTime();
}

/** The cards due at `now`, most overdue first (ties by id, so the order is stable), at most `limit`. */
export function pickDue<T extends QueueCard>(cards: readonly T[], now: Date, limit = Infinity): T[] {
  return cards
    .filter((c) => isDue(c, now))
    .sort((a, b) => a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/** Cards not yet due that fall due within `days` days of `now`, soonest first. */
export function upcoming<T extends QueueCard>(cards: readonly T[], now: Date, days = 7): T[] {
  const end = now.getTime() + days * DAY_MS;
  return cards.filter((c) => c.due.getTime() > now.getTime() && c.due.getTime() <= end).sort((a, b) => a.due.getTime() - b.due.getTime());
}

/** The earliest due date among cards not due yet, or null. */
export function nextDue(cards: readonly QueueCard[], now: Date): Date | null {
  let best: Date | null = null;
  for (const c of cards) if (c.due.getTime() > now.getTime() && (!best || c.due < best)) best = c.due;
  return best;
}

/** An interval worded for a button: "10 min", "5 hours", "1 day", "3 days", "2 months", "1.5 years". */
export function formatInterval(from: Date, to: Date): string {
  const ms = Math.max(0, to.getTime() - from.getTime());
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (ms < 3_600_000) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (ms < DAY_MS) return plural(Math.round(ms / 3_600_000), "hour");
  const days = Math.round(ms / DAY_MS);
  if (days < 31) return plural(days, "day");
  if (days < 365) return plural(Math.round(days / 30), "month");
  const years = Math.round((days / 365) * 10) / 10;
  return `${years} year${years === 1 ? "" : "s"}`;
}

/**
 * The template seed of a card's next review: new for every review (it changes with the review
 * count and time), and the same for the page that shows the question and the action that grades it.
 */
export function reviewSeed(card: { id: string; reps: number; lastReview: Date | null }): number {
  return hashString(`review:${card.id}:${card.reps}:${card.lastReview ? card.lastReview.getTime() : "new"}`);
}
