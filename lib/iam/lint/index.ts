/**
 * Policy linter in the spirit of IAM Access Analyzer policy validation. Pure and synchronous: the
 * action catalog comes in as an option, and checks that need it are skipped without it.
 */
import { parsePolicyLenient } from "../parse/policy";
import type { Policy } from "../types";
import { checkActions } from "./actions";
import { checkConditionKeys } from "./condition-keys";
import { checkConditionPitfalls } from "./condition-pitfalls";
import { checkConditionValues } from "./condition-values";
import { LintContext, type LintFinding, type LintOptions } from "./context";
import { checkGrammar, findingsFromDiagnostics } from "./grammar";
import { checkPrivilege } from "./privilege";
import { checkRedundancy } from "./redundancy";
import { checkResources } from "./resources";
import { checkSize } from "./size";
import { checkTrust } from "./trust";

export { LINT_CODES, LINT_RULES } from "./codes";
export type { LintCode, LintSeverity } from "./codes";
export type { LintFinding, LintOptions } from "./context";
export { POLICY_QUOTAS, defaultQuota } from "./size";
export type { QuotaKind } from "./size";

/** The check families, run in this order. */
const CHECKS: readonly ((ctx: LintContext) => void)[] = [
  checkGrammar,
  checkSize,
  checkActions,
  checkResources,
  checkConditionKeys,
  checkConditionValues,
  checkConditionPitfalls,
  checkPrivilege,
  checkTrust,
  checkRedundancy,
];

const SEVERITY_ORDER = { ERROR: 0, SECURITY_WARNING: 1, WARNING: 2, SUGGESTION: 3 } as const;

/** Whether a value is an already-parsed `Policy` (rather than a raw policy document). */
function isParsedPolicy(value: unknown): value is Policy {
  return typeof value === "object" && value !== null && Array.isArray((value as { statements?: unknown }).statements) && "versionPresent" in value;
}

function serialize(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function runChecks(policy: Policy, options: LintOptions, text: string | undefined): LintFinding[] {
  const ctx = new LintContext(policy, options, text);
  for (const check of CHECKS) check(ctx);
  return ctx.findings;
}

/** Parser findings whose code and path a lint check also reported are dropped (lint's wording wins). */
function merge(parsed: LintFinding[], linted: LintFinding[]): LintFinding[] {
  const seen = new Set(linted.map((f) => `${f.code}|${f.path}`));
  return [...parsed.filter((f) => !seen.has(`${f.code}|${f.path}`)), ...linted];
}

/**
 * Lints a policy given as JSON text (findings then carry source ranges), as a raw document value,
 * or as an already-parsed `Policy`. Parse errors come back as `ERROR` findings; statements that
 * parsed are linted even when others did not. Findings are sorted by severity, then by position.
 * Never throws.
 */
export function lintPolicy(input: unknown, options: LintOptions = {}): LintFinding[] {
  if (isParsedPolicy(input)) return sortFindings(runChecks(input, options, undefined));
  const isText = typeof input === "string";
  const text = isText ? input : serialize(input);
  const parsed = parsePolicyLenient(text ?? input, options.kind ? { kind: options.kind } : {});
  const fromParser = findingsFromDiagnostics(parsed.diagnostics);
  const linted = parsed.policy ? runChecks(parsed.policy, options, text) : [];
  const all = merge(fromParser, linted);
  // INVARIANT: ranges refer to the caller's text; a serialized value's ranges would mislead.
  if (!isText) for (const f of all) delete f.range;
  return sortFindings(all);
}

function sortFindings(findings: LintFinding[]): LintFinding[] {
  const pos = (f: LintFinding): number => f.range?.start.offset ?? Number.MAX_SAFE_INTEGER;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || pos(a.f) - pos(b.f) || a.i - b.i)
    .map(({ f }) => f);
}
