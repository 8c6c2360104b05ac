/**
 * Whether a policy resource pattern can match an ARN format of the Service Authorization
 * Reference, e.g. `arn:aws:s3:::reports/*` against `arn:${Partition}:s3:::${BucketName}` (no:
 * bucket names hold no `/`). Both sides are regular languages; the check walks their product
 * automaton looking for one common string.
 * INVARIANT: sound for lint — unknown placeholders match any non-empty text, so a "no" is only
 * given when no ARN of that format can match.
 */

type PatternToken = { kind: "lit"; ch: string } | { kind: "star" } | { kind: "one" };
type FormatToken = { kind: "lit"; ch: string } | { kind: "var"; deny: string };

/** Placeholders whose values are known not to contain some characters. */
const RESTRICTED: Record<string, string> = {
  Partition: ":/",
  Region: ":/",
  Account: ":/",
  BucketName: ":/",
};

function patternTokens(pattern: string): PatternToken[] {
  const out: PatternToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === "$" && pattern.charAt(i + 1) === "{") {
      const end = pattern.indexOf("}", i);
      if (end > 0) {
        const inner = pattern.slice(i + 2, end);
        // `${*}`, `${?}` and `${$}` are escapes for the literal characters.
        if (inner === "*" || inner === "?" || inner === "$") out.push({ kind: "lit", ch: inner });
        else out.push({ kind: "star" });
        i = end;
        continue;
      }
    }
    out.push(ch === "*" ? { kind: "star" } : ch === "?" ? { kind: "one" } : { kind: "lit", ch });
  }
  return out;
}

function formatTokens(format: string): FormatToken[] {
  const out: FormatToken[] = [];
  for (const [i, part] of format.split(/\$\{([^}]*)\}/).entries()) {
    if (i % 2 === 1) out.push({ kind: "var", deny: RESTRICTED[part] ?? "" });
    else for (const ch of part) out.push({ kind: "lit", ch });
  }
  return out;
}

/** Whether a single pattern token and a format token can consume one common character. */
function compatible(p: PatternToken, f: FormatToken): boolean {
  if (p.kind === "lit" && f.kind === "lit") return p.ch === f.ch;
  if (p.kind === "lit" && f.kind === "var") return !f.deny.includes(p.ch);
  return true;
}

const MEMO_LIMIT = 20_000;
const memo = new Map<string, boolean>();

/** Whether `pattern` (policy syntax: `*`, `?`, `${var}`) and `format` (`${Placeholder}`) intersect. */
export function arnCanMatch(pattern: string, format: string): boolean {
  const memoKey = `${pattern}\u0000${format}`;
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  const result = intersects(pattern, format);
  // INVARIANT: the memo is a pure-function cache; it is dropped whole when full.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, result);
  return result;
}

function intersects(pattern: string, format: string): boolean {
  const p = patternTokens(pattern);
  const f = formatTokens(format);
  // state: (i in p, j in f, inside: the placeholder f[j] has consumed at least one character)
  const seen = new Set<number>();
  const stack: [number, number, number][] = [[0, 0, 0]];
  const key = (i: number, j: number, inside: number): number => (i * (f.length + 1) + j) * 2 + inside;
  while (stack.length > 0) {
    const [i, j, inside] = stack.pop() ?? [0, 0, 0];
    const k = key(i, j, inside);
    if (seen.has(k)) continue;
    seen.add(k);
    if (i === p.length && j === f.length) return true;
    const pt = p[i];
    const ft = f[j];
    if (pt?.kind === "star") stack.push([i + 1, j, inside]);
    if (inside === 1) stack.push([i, j + 1, 0]);
    if (!pt || !ft || !compatible(pt, ft)) continue;
    const ni = pt.kind === "star" ? i : i + 1;
    if (ft.kind === "var") stack.push([ni, j, 1]);
    else stack.push([ni, j + 1, 0]);
  }
  return false;
}
