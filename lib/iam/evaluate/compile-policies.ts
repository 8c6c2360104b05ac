import { DIAGNOSTIC_CODES as C } from "../parse/codes";
import { objectHit, rememberObject, rememberText, textHit, textKey, type CacheEntry } from "./compile-cache";
import { parsePolicyLenient } from "../parse/policy";
import type { Diagnostic, PolicyKind } from "../types";
import { compileStatement, type CompiledStatement } from "./compile-statement";
import type { PolicySlot, StatementRef } from "./result-types";

/** One compiled policy document and where it sits in the scenario. */
export interface CompiledPolicy {
  slot: PolicySlot;
  policyIndex?: number;
  level?: number;
  /** e.g. `policies.identity[1]`. */
  path: string;
  statements: CompiledStatement[];
  skipped: { statementIndex: number; path: string }[];
  /** False when the document could not be used at all. */
  usable: boolean;
}

/** Every policy of a scenario, compiled. `null` means "not present" (e.g. no SCPs apply). */
export interface CompiledPolicies {
  identity: CompiledPolicy[];
  resource: CompiledPolicy | null;
  permissionBoundary: CompiledPolicy | null;
  scps: CompiledPolicy[][] | null;
  rcps: CompiledPolicy[][] | null;
  session: CompiledPolicy | null;
  vpcEndpoint: CompiledPolicy | null;
  diagnostics: Diagnostic[];
}

/** Kind for the `resource` slot: a trust policy when no statement names a resource. */
export function resourceSlotKind(doc: unknown): PolicyKind {
  const d = typeof doc === "string" ? safeJson(doc) : doc;
  if (typeof d !== "object" || d === null) return "resource";
  const st = (d as Record<string, unknown>).Statement;
  const list: unknown[] = Array.isArray(st) ? st : [st];
  const named = list.some((s) => typeof s === "object" && s !== null && ("Resource" in s || "NotResource" in s));
  return named ? "resource" : "trust";
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Compiles one policy document at `path`, prefixing its diagnostics' paths. Results are cached
 * (`compile-cache.ts`): by object identity first, then by JSON text.
 */
export function compilePolicy(
  doc: unknown,
  kind: PolicyKind,
  place: { slot: PolicySlot; path: string; policyIndex?: number; level?: number },
  diagnostics: Diagnostic[],
): CompiledPolicy {
  const at = `${kind}\u0000${place.path}`;
  let hit = objectHit(doc, at);
  let key: string | undefined;
  if (!hit) {
    key = textKey(doc, at);
    hit = key === undefined ? undefined : textHit(key);
    if (hit) rememberObject(doc, at, hit);
  }
  if (hit) {
    for (const d of hit.diagnostics) diagnostics.push({ ...d });
    return hit.compiled;
  }
  const own: Diagnostic[] = [];
  const compiled = compileUncached(doc, kind, place, own);
  for (const d of own) diagnostics.push({ ...d });
  // INVARIANT: compiled policies are never mutated and are safe to share.
  const entry: CacheEntry = { compiled, diagnostics: own };
  if (key !== undefined) rememberText(key, entry);
  rememberObject(doc, at, entry);
  return compiled;
}

function compileUncached(
  doc: unknown,
  kind: PolicyKind,
  place: { slot: PolicySlot; path: string; policyIndex?: number; level?: number },
  diagnostics: Diagnostic[],
): CompiledPolicy {
  const parsed = parsePolicyLenient(doc, { kind });
  for (const d of parsed.diagnostics) diagnostics.push({ ...d, path: d.path === "" ? place.path : `${place.path}.${d.path}` });
  const out: CompiledPolicy = { ...place, statements: [], skipped: [], usable: parsed.policy !== undefined };
  const policy = parsed.policy;
  if (!policy) {
    diagnostics.push({ code: C.POLICY_SKIPPED, message: "policy skipped because it could not be parsed", path: place.path, severity: "error" });
    return out;
  }
  for (const s of parsed.skipped) out.skipped.push({ statementIndex: s.index, path: `${place.path}.${s.path}` });
  for (const stmt of policy.statements) {
    const ref: StatementRef = {
      policyType: place.slot,
      statementIndex: stmt.index,
      path: `${place.path}.${stmt.path}`,
      effect: stmt.effect,
    };
    if (place.policyIndex !== undefined) ref.policyIndex = place.policyIndex;
    if (place.level !== undefined) ref.level = place.level;
    if (stmt.sid !== undefined) ref.sid = stmt.sid;
    out.statements.push(compileStatement(stmt, policy, ref));
  }
  return out;
}
