import { compileGlob, matchGlob, type CompiledGlob, type GlobPiece, type StepCounter } from "./glob";

/**
 * Segment-aware ARN matching: `arn:partition:service:region:account:resource`. Wildcards in one
 * of the first five colon-separated parts never cross into the next part; the resource part
 * (which may itself contain colons) is matched as a whole.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
export interface CompiledArnPattern {
  /** Plain glob over the whole string (pattern or text not ARN-shaped). */
  whole: CompiledGlob;
  /** Per-part globs when the pattern is ARN-shaped; the last one spans the rest of the text. */
  parts: CompiledGlob[] | null;
  /** Whether the prefix parts (partition to account) ignore case. */
  prefixIgnoreCase: boolean;
}

/** Splits pieces at the first `limit` colons, keeping literal flags. */
function splitPieces(pieces: readonly GlobPiece[], limit: number): GlobPiece[][] {
  const out: GlobPiece[][] = [[]];
  for (const piece of pieces) {
    let rest = piece.text;
    for (;;) {
      const i = out.length - 1 < limit ? rest.indexOf(":") : -1;
      const cur = out[out.length - 1] ?? [];
      if (i < 0) {
        cur.push({ text: rest, literal: piece.literal });
        break;
      }
      cur.push({ text: rest.slice(0, i), literal: piece.literal });
      out.push([]);
      rest = rest.slice(i + 1);
    }
  }
  return out;
}

/** Splits text at its first five colons. */
export function splitArn(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let n = 0; n < 5; n++) {
    const i = text.indexOf(":", from);
    if (i < 0) break;
    out.push(text.slice(from, i));
    from = i + 1;
  }
  out.push(text.slice(from));
  return out;
}

/** Compiles a Resource / ArnLike pattern. */
export function compileArnPattern(source: string | readonly GlobPiece[], prefixIgnoreCase: boolean): CompiledArnPattern {
  const pieces = typeof source === "string" ? [{ text: source, literal: false }] : source;
  const whole = compileGlob(pieces, false);
  const split = splitPieces(pieces, 5);
  const head = split[0]?.map((p) => p.text).join("") ?? "";
  if (split.length < 2 || head !== "arn") return { whole, parts: null, prefixIgnoreCase };
  const parts = split.map((ps, i) => compileGlob(ps, prefixIgnoreCase && i > 0 && i < 5));
  return { whole, parts, prefixIgnoreCase };
}

/** Matches text against a compiled ARN pattern; pass `split` (= `splitArn(text)`) to reuse it. */
export function matchArnPattern(p: CompiledArnPattern, text: string, counter?: StepCounter, split?: string[]): boolean {
  if (!p.parts) return matchGlob(p.whole, text, counter);
  return matchArnParts(p, split ?? splitArn(text), p.prefixIgnoreCase ? undefined : null, counter);
}

/**
 * Matches split text against an ARN-shaped pattern. `folded` is `tparts` with its partition,
 * service, region and account parts lower-cased (see `foldArnParts`), or undefined to fold here;
 * null when the pattern is case-sensitive throughout.
 */
export function matchArnParts(p: CompiledArnPattern, tparts: readonly string[], folded: readonly string[] | null | undefined, counter?: StepCounter): boolean {
  const parts = p.parts;
  if (!parts) return matchGlob(p.whole, tparts.join(":"), counter);
  const n = parts.length;
  if (tparts.length < n) return false;
  for (let i = 0; i < n; i++) {
    const glob = parts[i];
    if (!glob) return false;
    const fold = i > 0 && i < 5 && folded !== null;
    let t: string;
    // The last pattern part spans the rest of the text (the resource part may contain colons).
    if (i === n - 1 && tparts.length > n) t = fold ? tparts.slice(i).join(":").toLowerCase() : tparts.slice(i).join(":");
    else if (fold) t = folded ? (folded[i] ?? "") : (tparts[i] ?? "").toLowerCase();
    else t = tparts[i] ?? "";
    if (!matchGlob(glob, t, counter)) return false;
  }
  return true;
}

/** `parts` (from `splitArn`) with the partition, service, region and account parts lower-cased. */
export function foldArnParts(parts: readonly string[]): string[] {
  const out = parts.slice();
  for (let i = 1; i < 5 && i < out.length; i++) out[i] = (out[i] ?? "").toLowerCase();
  return out;
}

/** A bounded cache of compiled patterns keyed by source text (`build` null: use `peek`/`put`). */
export class PatternCache<T> {
  private readonly map = new Map<string, T>();
  constructor(
    private readonly build: ((key: string) => T) | null,
    private readonly limit = 2000,
  ) {}

  /** Returns the cached value for `key`, building it on first use. */
  get(key: string): T {
    const v = this.map.get(key);
    if (v !== undefined) return v;
    if (!this.build) throw new Error("PatternCache without a builder: use peek and put");
    return this.put(key, this.build(key));
  }

  /** The cached value for `key`, if any (no build). */
  peek(key: string): T | undefined {
    return this.map.get(key);
  }

  /** Stores a value built by the caller; returns it. */
  put(key: string, v: T): T {
    // INVARIANT: memory stays bounded; a full cache drops its oldest entry.
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, v);
    return v;
  }
}

/** A cache key for pattern pieces (literal flags included, unambiguous). */
export function piecesKey(pieces: readonly GlobPiece[]): string {
  let k = "";
  for (const p of pieces) k += `${p.literal ? "L" : "P"}${p.text.length}:${p.text}`;
  return k;
}
