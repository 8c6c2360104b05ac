import { DIAGNOSTIC_CODES as C } from "../parse/codes";
import type { Diagnostic, PolicyKind } from "../types";
import { compilePolicy, resourceSlotKind, type CompiledPolicies, type CompiledPolicy } from "./compile-policies";
import { sameAsSnapshot, snapshot, UNSNAPPABLE, type Snap } from "./snapshot";

const SLOTS = ["identity", "resource", "permissionBoundary", "scps", "rcps", "session", "vpcEndpoint"] as const;
const SINGLE_KINDS: Record<"permissionBoundary" | "session" | "vpcEndpoint", PolicyKind> = {
  permissionBoundary: "boundary",
  session: "session",
  vpcEndpoint: "vpcEndpoint",
};

function isDoc(v: unknown): boolean {
  return typeof v === "string" || (typeof v === "object" && v !== null && !Array.isArray(v));
}

function wrong(diags: Diagnostic[], path: string, message: string): void {
  diags.push({ code: C.SCENARIO_WRONG_TYPE, message, path, severity: "error" });
}

function single(raw: unknown, slot: "resource" | "permissionBoundary" | "session" | "vpcEndpoint", diags: Diagnostic[]): CompiledPolicy | null {
  if (raw === null || raw === undefined) return null;
  const path = `policies.${slot}`;
  if (!isDoc(raw)) {
    wrong(diags, path, `\`${slot}\` must be a policy object, json text or null`);
    return null;
  }
  const kind = slot === "resource" ? resourceSlotKind(raw) : SINGLE_KINDS[slot];
  return compilePolicy(raw, kind, { slot, path }, diags);
}

function levels(raw: unknown, slot: "scps" | "rcps", diags: Diagnostic[]): CompiledPolicy[][] | null {
  if (raw === null || raw === undefined) return null;
  const path = `policies.${slot}`;
  if (!Array.isArray(raw)) {
    wrong(diags, path, `\`${slot}\` must be an array of levels (arrays of policies) or null`);
    return null;
  }
  const kind: PolicyKind = slot === "scps" ? "scp" : "rcp";
  return raw.map((level: unknown, l): CompiledPolicy[] => {
    if (!Array.isArray(level)) {
      wrong(diags, `${path}[${l}]`, `each level of \`${slot}\` must be an array of policies`);
      return [];
    }
    return level.flatMap((doc: unknown, i): CompiledPolicy[] => {
      const p = `${path}[${l}][${i}]`;
      if (!isDoc(doc)) {
        wrong(diags, p, "a policy must be an object or json text");
        return [];
      }
      return [compilePolicy(doc, kind, { slot: slot, path: p, policyIndex: i, level: l }, diags)];
    });
  });
}

function identities(raw: unknown, diags: Diagnostic[]): CompiledPolicy[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    wrong(diags, "policies.identity", "`identity` must be an array of policies");
    return [];
  }
  return raw.flatMap((doc: unknown, i): CompiledPolicy[] => {
    const path = `policies.identity[${i}]`;
    if (!isDoc(doc)) {
      wrong(diags, path, "a policy must be an object or json text");
      return [];
    }
    return [compilePolicy(doc, "identity", { slot: "identity", path, policyIndex: i }, diags)];
  });
}

/** Compiled `policies` objects by identity, with the snapshot they were compiled from. */
const scenarioCache = new WeakMap<object, { snap: Snap; compiled: CompiledPolicies }>();

/**
 * Parses and compiles the `policies` element of a scenario once, so that many requests can be
 * evaluated against it with `evaluateCompiled`. Never throws; problems become diagnostics.
 *
 * Results are memoized by the identity of the `policies` object and returned frozen (shared by
 * every caller). INVARIANT: a memoized result is reused only while `policies` still deep-equals the
 * snapshot taken when it was compiled (checked on every call without allocating), so mutating a
 * policy object between calls is safe: it is simply compiled again.
 */
export function compileScenarioPolicies(policies: unknown): CompiledPolicies {
  if (typeof policies !== "object" || policies === null || Array.isArray(policies)) return compileFresh(policies);
  const hit = scenarioCache.get(policies);
  if (hit && sameAsSnapshot(policies, hit.snap)) return hit.compiled;
  const compiled = freezeCompiled(compileFresh(policies));
  const snap = snapshot(policies);
  if (snap !== UNSNAPPABLE) scenarioCache.set(policies, { snap, compiled });
  return compiled;
}

function freezeCompiled(c: CompiledPolicies): CompiledPolicies {
  for (const d of c.diagnostics) Object.freeze(d);
  Object.freeze(c.diagnostics);
  Object.freeze(c.identity);
  for (const ls of [c.scps, c.rcps]) {
    if (!ls) continue;
    for (const l of ls) Object.freeze(l);
    Object.freeze(ls);
  }
  return Object.freeze(c);
}

function compileFresh(policies: unknown): CompiledPolicies {
  const diagnostics: Diagnostic[] = [];
  const empty: CompiledPolicies = {
    identity: [], resource: null, permissionBoundary: null, scps: null, rcps: null, session: null, vpcEndpoint: null, diagnostics,
  };
  if (policies === undefined || policies === null) return empty;
  if (typeof policies !== "object" || Array.isArray(policies)) {
    wrong(diagnostics, "policies", "`policies` must be an object");
    return empty;
  }
  const p = policies as Record<string, unknown>;
  for (const key of Object.keys(p)) {
    if (!(SLOTS as readonly string[]).includes(key)) {
      diagnostics.push({ code: C.SCENARIO_UNKNOWN_FIELD, message: `unknown policy slot \`${key}\``, path: `policies.${key}`, severity: "warning" });
    }
  }
  empty.identity = identities(p.identity, diagnostics);
  empty.resource = single(p.resource, "resource", diagnostics);
  empty.permissionBoundary = single(p.permissionBoundary, "permissionBoundary", diagnostics);
  empty.scps = levels(p.scps, "scps", diagnostics);
  empty.rcps = levels(p.rcps, "rcps", diagnostics);
  empty.session = single(p.session, "session", diagnostics);
  empty.vpcEndpoint = single(p.vpcEndpoint, "vpcEndpoint", diagnostics);
  return empty;
}
