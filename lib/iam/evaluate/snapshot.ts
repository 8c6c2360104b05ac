/**
 * Private snapshots of caller-owned JSON-like values, and an allocation-free comparison of a live
 * value against one. The compile caches key documents by object identity; before a cached result
 * is reused, the live document is compared with the snapshot taken when it was compiled, so a
 * caller that mutates a policy object between calls gets a fresh compile, never a stale result
 * (see lib/iam/README.md, "Performance").
 *
 * A snapshot is one flat array of tokens in depth-first order (`ARR, length, ...items`,
 * `OBJ, keyCount, key, value, ...`, primitives as is): the comparison reads it sequentially, so
 * only the live value's objects are chased through memory.
 */

const ARR: unique symbol = Symbol("array");
const OBJ: unique symbol = Symbol("object");

/** A snapshot (opaque). */
export interface Snap {
  readonly tokens: readonly unknown[];
}

/** Returned by `snapshot` for values that cannot be compared cheaply (too big, exotic objects). */
export const UNSNAPPABLE: unique symbol = Symbol("unsnappable");

const MAX_DEPTH = 64;
const MAX_TOKENS = 50_000;

/** Whether `value` is an object whose keys `for...in` lists exactly as `Object.keys` does. */
function plainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Appends the tokens of `value`; false when it cannot be snapshotted. */
function flatten(value: unknown, depth: number, out: unknown[]): boolean {
  if (typeof value !== "object" || value === null) return out.push(value) <= MAX_TOKENS;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    out.push(ARR, value.length);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return false; // holes: Array.prototype.map would skip them
      if (!flatten(value[i], depth + 1, out)) return false;
    }
    return true;
  }
  if (!plainObject(value)) return false;
  const keys = Object.keys(value);
  out.push(OBJ, keys.length);
  for (const k of keys) {
    out.push(k);
    if (!flatten((value as Record<string, unknown>)[k], depth + 1, out)) return false;
  }
  return out.length <= MAX_TOKENS;
}

/** A private snapshot of `value`, or `UNSNAPPABLE`. */
export function snapshot(value: unknown): Snap | typeof UNSNAPPABLE {
  const tokens: unknown[] = [];
  return flatten(value, 0, tokens) ? { tokens } : UNSNAPPABLE;
}

/** Compares a live object or array with the tokens at `i`; the index after it, or -1. */
function match(live: object, t: readonly unknown[], i: number): number {
  if (Array.isArray(live)) {
    if (t[i] !== ARR || t[i + 1] !== live.length) return -1;
    i += 2;
    for (let k = 0; k < live.length; k++) {
      const v: unknown = live[k];
      if (typeof v === "object" && v !== null) i = match(v, t, i);
      else i = v === t[i] && (v !== undefined || k in live) ? i + 1 : -1;
      if (i < 0) return -1;
    }
    return i;
  }
  if (t[i] !== OBJ || !plainObject(live)) return -1;
  const n = t[i + 1] as number;
  i += 2;
  let seen = 0;
  for (const key in live) {
    if (seen === n || t[i] !== key) return -1;
    const v = (live as Record<string, unknown>)[key];
    if (typeof v === "object" && v !== null) i = match(v, t, i + 1);
    else i = v === t[i + 1] ? i + 2 : -1;
    if (i < 0) return -1;
    seen++;
  }
  return seen === n ? i : -1;
}

/**
 * Whether `live` still equals the snapshot: same keys in the same order, same array lengths,
 * strictly equal primitives. Allocates nothing.
 */
export function sameAsSnapshot(live: unknown, snap: Snap): boolean {
  const t = snap.tokens;
  if (typeof live !== "object" || live === null) return t.length === 1 && t[0] === live;
  return match(live, t, 0) === t.length;
}
