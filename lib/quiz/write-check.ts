/**
 * Checks on a learner's policy text for write questions: parsing with lib/iam's parser (bad JSON
 * is a graded failure with line and column, never an exception) and the authored constraints.
 */
import { parsePolicy, type Diagnostic, type Policy, type PolicyKind, type Statement } from "@/lib/iam";
import type { WriteConstraints, WriteSlot } from "./schema-parts";

/** A parser diagnostic with the 1-based line and column of its start, when known. */
export interface PolicyDiagnostic {
  code: string;
  message: string;
  path: string;
  severity: "error" | "warning";
  help?: string;
  line?: number;
  column?: number;
}

/** Result of parsing a learner's policy for a slot. */
export type LearnerParse =
  | { ok: true; policy: Policy; kind: PolicyKind; diagnostics: PolicyDiagnostic[] }
  | { ok: false; diagnostics: PolicyDiagnostic[] };

const SLOT_KINDS: Record<Exclude<WriteSlot, "resource">, PolicyKind> = {
  identity: "identity",
  boundary: "boundary",
  scp: "scp",
  session: "session",
};

/** Flattens a diagnostic's source range to line and column. */
export function toPolicyDiagnostic(d: Diagnostic): PolicyDiagnostic {
  const out: PolicyDiagnostic = { code: d.code, message: d.message, path: d.path, severity: d.severity };
  if (d.help !== undefined) out.help = d.help;
  if (d.range) {
    out.line = d.range.start.line;
    out.column = d.range.start.column;
  }
  return out;
}

function kindFor(slot: WriteSlot, policy: Policy): PolicyKind {
  if (slot !== "resource") return SLOT_KINDS[slot];
  // A resource slot without any Resource element is a role trust policy (as lib/iam decides).
  const named = policy.statements.some((s) => s.resource !== undefined || s.notResource !== undefined);
  return named ? "resource" : "trust";
}

/**
 * Parses a learner's policy text as the policy kind of `slot` (a `resource` slot without any
 * `Resource` element is a role trust policy). Never throws; `ok` is false on any error.
 */
export function parseLearnerPolicy(text: string, slot: WriteSlot): LearnerParse {
  const generic = parsePolicy(text);
  if (!generic.ok) return { ok: false, diagnostics: generic.diagnostics.map(toPolicyDiagnostic) };
  const kind = kindFor(slot, generic.policy);
  const typed = parsePolicy(text, { kind });
  if (!typed.ok) return { ok: false, diagnostics: typed.diagnostics.map(toPolicyDiagnostic) };
  return { ok: true, policy: typed.policy, kind, diagnostics: typed.diagnostics.map(toPolicyDiagnostic) };
}

/** The constraints a write question can set. */
export type ConstraintName = keyof WriteConstraints;

/** One constraint's verdict. */
export interface ConstraintResult {
  name: ConstraintName;
  ok: boolean;
  /** Lowercase, no trailing period; names the offending statement when it fails. */
  message: string;
}

const allows = (policy: Policy): Statement[] => policy.statements.filter((s) => s.effect === "Allow");
const isWild = (v: string): boolean => v.includes("*") || v.includes("?");
/** `*`, or an ARN whose resource part is only `*` (e.g. `arn:aws:s3:::*`). */
const isWildResource = (v: string): boolean => v === "*" || /^arn:[^:]*:[^:]*:[^:]*:[^:]*:\*$/.test(v);

function noWildcardActions(policy: Policy): ConstraintResult {
  const bad = allows(policy).find((s) => s.notAction !== undefined || (s.action ?? []).some(isWild));
  if (!bad) return { name: "noWildcardActions", ok: true, message: "no allow statement uses a wildcard action" };
  const what = bad.notAction !== undefined ? "`NotAction`" : `\`${(bad.action ?? []).find(isWild) ?? "*"}\``;
  return { name: "noWildcardActions", ok: false, message: `${bad.path} allows ${what}; list the actions explicitly` };
}

function noWildcardResources(policy: Policy): ConstraintResult {
  const bad = allows(policy).find((s) => s.notResource !== undefined || (s.resource ?? []).some(isWildResource));
  if (!bad) return { name: "noWildcardResources", ok: true, message: "no allow statement applies to every resource" };
  const what = bad.notResource !== undefined ? "`NotResource`" : `\`${(bad.resource ?? []).find(isWildResource) ?? "*"}\``;
  return { name: "noWildcardResources", ok: false, message: `${bad.path} allows ${what}; name the resources` };
}

function requiredKeys(policy: Policy, keys: readonly string[]): ConstraintResult {
  const used = new Set(policy.statements.flatMap((s) => s.conditions.map((c) => c.key.toLowerCase())));
  const missing = keys.filter((k) => !used.has(k.toLowerCase()));
  if (missing.length === 0) return { name: "requiredConditionKeys", ok: true, message: `the policy uses ${keys.map((k) => `\`${k}\``).join(", ")}` };
  return { name: "requiredConditionKeys", ok: false, message: `the policy must use the condition key ${missing.map((k) => `\`${k}\``).join(", ")}` };
}

function maxStatements(policy: Policy, max: number): ConstraintResult {
  const n = policy.statements.length;
  const ok = n <= max;
  return { name: "maxStatements", ok, message: ok ? `${n} of at most ${max} statements` : `${n} statements; at most ${max} allowed` };
}

/** Checks every constraint the question sets, in a fixed order; unset constraints are omitted. */
export function checkConstraints(policy: Policy, constraints: WriteConstraints): ConstraintResult[] {
  const out: ConstraintResult[] = [];
  if (constraints.noWildcardActions === true) out.push(noWildcardActions(policy));
  if (constraints.noWildcardResources === true) out.push(noWildcardResources(policy));
  if (constraints.requiredConditionKeys && constraints.requiredConditionKeys.length > 0) out.push(requiredKeys(policy, constraints.requiredConditionKeys));
  if (constraints.maxStatements !== undefined) out.push(maxStatements(policy, constraints.maxStatements));
  return out;
}
