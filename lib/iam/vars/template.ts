import type { GlobPiece } from "../match/glob";

/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team}`, defaults
 * `${aws:x, 'dflt'}` (a doubled `''` is one quote) and the escapes `${*}` `${?}` `${$}`.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 * INVARIANT: one round of substitution only; substituted values and escapes are literal
 * (never wildcards).
 */
export type TemplatePart =
  | { kind: "text"; text: string }
  | { kind: "escape"; char: "*" | "?" | "$" }
  | { kind: "var"; name: string; key: string; fallback?: string };

/** A parsed value: `parts` is null when the value has no variables. */
export interface Template {
  source: string;
  parts: TemplatePart[] | null;
}

const VAR = /\$\{([^}]*)\}/g;
const DEFAULT = /^\s*([^,\s][^,]*?)\s*,\s*'((?:[^']|'')*)'\s*$/;

/** Parses `${...}` occurrences; malformed ones stay literal text. */
export function parseTemplate(source: string): Template {
  if (!source.includes("${")) return { source, parts: null };
  const parts: TemplatePart[] = [];
  let last = 0;
  let found = false;
  for (const m of source.matchAll(VAR)) {
    const body = m[1] ?? "";
    const part = parseBody(body);
    if (!part) continue;
    found = true;
    const at = m.index;
    if (at > last) parts.push({ kind: "text", text: source.slice(last, at) });
    parts.push(part);
    last = at + m[0].length;
  }
  if (!found) return { source, parts: null };
  if (last < source.length) parts.push({ kind: "text", text: source.slice(last) });
  return { source, parts };
}

function parseBody(body: string): TemplatePart | undefined {
  if (body === "*" || body === "?" || body === "$") return { kind: "escape", char: body };
  const d = DEFAULT.exec(body);
  if (d) {
    const name = (d[1] ?? "").trim();
    return { kind: "var", name, key: name.toLowerCase(), fallback: (d[2] ?? "").replace(/''/g, "'") };
  }
  const name = body.trim();
  if (name === "" || /[\s,']/.test(name)) return undefined;
  return { kind: "var", name, key: name.toLowerCase() };
}

/** Result of substituting a template into pieces. */
export interface Resolution {
  pieces: GlobPiece[];
  /** Names of variables with no value (the value then matches nothing). */
  unresolved: string[];
  /** Variables that were replaced, with their values (for the trace). */
  resolved: { name: string; value: string; usedDefault: boolean }[];
}

/** Looks a single-valued key up; multivalued keys cannot be used as variables. */
export type SingleLookup = (lowerKey: string) => string | undefined;

/** Substitutes variables from the request context. */
export function resolveTemplate(t: Template, lookup: SingleLookup): Resolution {
  if (!t.parts) return { pieces: [{ text: t.source, literal: false }], unresolved: [], resolved: [] };
  const out: Resolution = { pieces: [], unresolved: [], resolved: [] };
  for (const p of t.parts) {
    if (p.kind === "text") out.pieces.push({ text: p.text, literal: false });
    else if (p.kind === "escape") out.pieces.push({ text: p.char, literal: true });
    else {
      const v = lookup(p.key);
      if (v !== undefined) {
        out.pieces.push({ text: v, literal: true });
        out.resolved.push({ name: p.name, value: v, usedDefault: false });
      } else if (p.fallback !== undefined) {
        out.pieces.push({ text: p.fallback, literal: true });
        out.resolved.push({ name: p.name, value: p.fallback, usedDefault: true });
      } else out.unresolved.push(p.name);
    }
  }
  return out;
}

/** Joins pieces into plain text (for exact comparisons). */
export function piecesText(pieces: readonly GlobPiece[]): string {
  return pieces.length === 1 ? (pieces[0]?.text ?? "") : pieces.map((p) => p.text).join("");
}

/** Whether pieces contain an active wildcard. */
export function piecesHaveWildcard(pieces: readonly GlobPiece[]): boolean {
  return pieces.some((p) => !p.literal && (p.text.includes("*") || p.text.includes("?")));
}
