/**
 * Seeded, deterministic randomness for templates, shuffles and question draws. Pure: the same
 * seed always gives the same sequence, in the server and in the browser.
 */

/** A generator of floats in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit PRNG; good enough for quizzes, never for secrets. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string to an unsigned 32-bit integer (to mix ids into seeds). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a seed with a string (e.g. a question id) into a new 32-bit seed. */
export function mixSeed(seed: number, salt: string): number {
  return (hashString(salt) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}

/** An integer in [min, max] (inclusive) drawn from `rand`. */
export function randomInt(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/**
 * Returns a new array with the items in a seeded random order (Fisher–Yates with mulberry32).
 * The input is not modified; the same items and seed always give the same order.
 */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const rand = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
