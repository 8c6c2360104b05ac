/**
 * Linear-time glob matching for IAM wildcards (`*` any run, `?` one character).
 *
 * The pattern is split at `*` into segments. The first segment must match the start of the text,
 * the last one its end, and each middle segment is found leftmost after the previous one (greedy
 * leftmost placement is optimal when the only variable-length wildcard is `*`). Segments without
 * `?` are searched with Knuth-Morris-Pratt, segments with `?` of up to 31 characters with the
 * bit-parallel Shift-And algorithm; both read each text character a bounded number of times, and
 * the search for one segment starts where the previous one ended.
 * INVARIANT: no regular expressions and no backtracking; steps <= 4 * (|pattern| + |text|) for
 * segments of at most 31 characters.
 */

/** Counts elementary steps of the matcher, for complexity tests. */
export interface StepCounter {
  steps: number;
}

/** A piece of pattern source; `literal` pieces have no wildcards (e.g. `${*}` or substituted values). */
export interface GlobPiece {
  text: string;
  literal: boolean;
}

interface Segment {
  text: string;
  /** Positions holding `?`, or null when there are none. */
  any: boolean[] | null;
  /** KMP failure table (segments without `?`). */
  fail: Int32Array | null;
  /** Shift-And masks by char code (segments with `?`, length <= 31). */
  masks: Map<number, number> | null;
  anyMask: number;
}

/**
 * Shape of a glob that needs no scan: `exact` (no wildcard: string equality), `prefix`
 * (`abc*`: `startsWith`), `any` (only stars: everything), or `scan` (the general matcher).
 */
export type GlobShape = "exact" | "prefix" | "any" | "scan";

/** A compiled glob; reuse it for many texts. */
export interface CompiledGlob {
  /** Segments between stars; `segments.length - 1` stars when `starCount > 0`. */
  readonly segments: readonly Segment[];
  readonly starCount: number;
  /** Fast shape, decided at compile time (the step-counting matcher ignores it). */
  readonly shape: GlobShape;
  /** The literal text for `exact` and the prefix for `prefix`. */
  readonly literal: string;
}

/** Compiles a glob pattern from a string (every `*` and `?` is a wildcard) or from pieces. */
export function compileGlob(source: string | readonly GlobPiece[], ignoreCase = false): CompiledGlob {
  const pieces = typeof source === "string" ? [{ text: source, literal: false }] : source;
  const segments: Segment[] = [];
  let text = "";
  let any: boolean[] = [];
  let hasAny = false;
  for (const piece of pieces) {
    const t = ignoreCase ? piece.text.toLowerCase() : piece.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charAt(i);
      if (!piece.literal && c === "*") {
        segments.push(makeSegment(text, hasAny ? any : null));
        text = "";
        any = [];
        hasAny = false;
      } else {
        const wild = !piece.literal && c === "?";
        any.push(wild);
        hasAny ||= wild;
        text += c;
      }
    }
  }
  segments.push(makeSegment(text, hasAny ? any : null));
  return { segments, starCount: segments.length - 1, ...shapeOf(segments) };
}

function shapeOf(segs: readonly Segment[]): { shape: GlobShape; literal: string } {
  const first = segs[0];
  if (!first || first.any) return { shape: "scan", literal: "" };
  if (segs.length === 1) return { shape: "exact", literal: first.text };
  if (segs.every((g) => g.text === "")) return { shape: "any", literal: "" };
  if (segs.length === 2 && segs[1]?.text === "") return { shape: "prefix", literal: first.text };
  return { shape: "scan", literal: "" };
}

function makeSegment(text: string, any: boolean[] | null): Segment {
  const seg: Segment = { text, any, fail: null, masks: null, anyMask: 0 };
  if (any === null) seg.fail = failureTable(text);
  else if (text.length <= 31) {
    seg.masks = new Map();
    for (let i = 0; i < text.length; i++) {
      const bit = 1 << i;
      if (any[i]) seg.anyMask |= bit;
      else {
        const code = text.charCodeAt(i);
        seg.masks.set(code, (seg.masks.get(code) ?? 0) | bit);
      }
    }
  }
  return seg;
}

function failureTable(p: string): Int32Array {
  const f = new Int32Array(p.length);
  let k = 0;
  for (let i = 1; i < p.length; i++) {
    while (k > 0 && p.charCodeAt(i) !== p.charCodeAt(k)) k = f[k - 1] ?? 0;
    if (p.charCodeAt(i) === p.charCodeAt(k)) k++;
    f[i] = k;
  }
  return f;
}

/** Whether `seg` matches `text` exactly at `at`. */
function matchesAt(seg: Segment, text: string, at: number, c: StepCounter): boolean {
  const s = seg.text;
  for (let i = 0; i < s.length; i++) {
    c.steps++;
    if (seg.any?.[i]) continue;
    if (s.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  }
  return true;
}

/** Leftmost start of `seg` in text[from, to), or -1. */
function find(seg: Segment, text: string, from: number, to: number, c: StepCounter): number {
  const m = seg.text.length;
  if (m === 0) return from;
  if (seg.fail) return kmp(seg.text, seg.fail, text, from, to, c);
  if (seg.masks) return shiftAnd(seg, text, from, to, c);
  for (let i = from; i + m <= to; i++) if (matchesAt(seg, text, i, c)) return i;
  return -1;
}

function kmp(p: string, fail: Int32Array, text: string, from: number, to: number, c: StepCounter): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    while (k > 0 && ch !== p.charCodeAt(k)) {
      c.steps++;
      k = fail[k - 1] ?? 0;
    }
    c.steps++;
    if (ch === p.charCodeAt(k)) k++;
    if (k === p.length) return i - p.length + 1;
  }
  return -1;
}

function shiftAnd(seg: Segment, text: string, from: number, to: number, c: StepCounter): number {
  const m = seg.text.length;
  const hit = 1 << (m - 1);
  let d = 0;
  for (let i = from; i < to; i++) {
    c.steps++;
    d = ((d << 1) | 1) & ((seg.masks?.get(text.charCodeAt(i)) ?? 0) | seg.anyMask);
    if (d & hit) return i - m + 1;
  }
  return -1;
}

const NO_COUNT: StepCounter = { steps: 0 };

/**
 * Matches `text` against a compiled glob. Pass lower-cased text when the glob was compiled with
 * `ignoreCase`. `counter`, when given, accumulates the steps taken.
 */
export function matchGlob(glob: CompiledGlob, text: string, counter?: StepCounter): boolean {
  if (counter === undefined) {
    const shape = glob.shape;
    if (shape === "exact") return text === glob.literal;
    if (shape === "prefix") return text.startsWith(glob.literal);
    if (shape === "any") return true;
  }
  const c = counter ?? NO_COUNT;
  const segs = glob.segments;
  const first = segs[0];
  if (!first) return text.length === 0;
  if (glob.starCount === 0) return first.text.length === text.length && matchesAt(first, text, 0, c);
  const last = segs[segs.length - 1] ?? first;
  const end = text.length - last.text.length;
  // INVARIANT: prefix and suffix must not overlap.
  if (end < first.text.length) return false;
  if (!matchesAt(first, text, 0, c) || !matchesAt(last, text, end, c)) return false;
  let pos = first.text.length;
  for (let s = 1; s < segs.length - 1; s++) {
    const seg = segs[s];
    if (!seg) continue;
    const at = find(seg, text, pos, end, c);
    if (at < 0) return false;
    pos = at + seg.text.length;
  }
  return true;
}

/** One-off convenience: compiles and matches (prefer caching `compileGlob` results). */
export function globMatch(pattern: string, text: string, opts: { ignoreCase?: boolean; counter?: StepCounter } = {}): boolean {
  const glob = compileGlob(pattern, opts.ignoreCase ?? false);
  return matchGlob(glob, opts.ignoreCase ? text.toLowerCase() : text, opts.counter);
}
