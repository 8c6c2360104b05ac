/**
 * Certainty-based marking (Gardner-Medwin): the learner says how sure they are; confident errors
 * cost more than hesitant ones, so guessing with high certainty does not pay.
 */
import type { Certainty } from "./responses";

const RIGHT: Readonly<Record<Certainty, number>> = { 1: 1, 2: 2, 3: 3 };
const WRONG: Readonly<Record<Certainty, number>> = { 1: 0, 2: -2, 3: -6 };

/** Marks for an answer at a certainty level: right +1/+2/+3, wrong 0/−2/−6 (levels 1/2/3). */
export function certaintyScore(correct: boolean, certainty: Certainty): number {
  return correct ? RIGHT[certainty] : WRONG[certainty];
}
