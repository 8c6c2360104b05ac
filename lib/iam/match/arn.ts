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
  const tparts = split ?? splitArn(text);
  if (tparts.length < p.parts.length) return false;
  const n = p.parts.length;
  for (let i = 0; i < n; i++) {
    const glob = p.parts[i];
    if (!glob) return false;
    let t = i === n - 1 ? tparts.slice(i).join(":") : (tparts[i] ?? "");
    if (p.prefixIgnoreCase && i > 0 && i < 5) t = t.toLowerCase();
    if (!matchGlob(glob, t, counter)) return false;
  }
  return true;
}

/** A bounded cache of compiled patterns keyed by source text. */
export class PatternCache<T> {
  private readonly map = new Map<string, T>();
  constructor(
    private readonly build: (key: string) => T,
    private readonly limit = 2000,
  ) {}

  /** Returns the cached value for `key`, building it on first use. */
  get(key: string): T {
    let v = this.map.get(key);
    if (v === undefined) {
      // INVARIANT: memory stays bounded; a full cache is cleared, not grown.
      if (this.map.size >= this.limit) this.map.clear();
      v = this.build(key);
      this.map.set(key, v);
    }
    return v;
  }
}
