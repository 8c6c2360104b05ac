/**
 * Reads a scenario (shared/iam/SCENARIO-FORMAT.md) into the sandbox's state, with errors that name
 * the JSON path. Pure.
 */
import { parseJsonText } from "@/lib/iam";
import { contextRow, contextText, policyText, type ContextRow, type SandboxState } from "./model";

/** A problem with imported JSON, at a path such as `policies.scps[0]`. */
export interface ImportError {
  path: string;
  message: string;
}

/** Result of reading a scenario. */
export type ImportResult = { ok: true; state: SandboxState; notice?: string } | { ok: false; errors: ImportError[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isDoc = (v: unknown) => isObject(v) || typeof v === "string";

function str(obj: Record<string, unknown>, key: string, path: string, errors: ImportError[], required: boolean): string {
  const v = obj[key];
  if (v === undefined && !required) return "";
  if (typeof v !== "string") errors.push({ path: `${path}.${key}`, message: v === undefined ? "is missing (expected a string)" : "must be a string" });
  return typeof v === "string" ? v : "";
}

function single(p: Record<string, unknown>, slot: string, errors: ImportError[]): string | null {
  const v = p[slot];
  if (v === undefined || v === null) return null;
  if (!isDoc(v)) {
    errors.push({ path: `policies.${slot}`, message: "must be a policy object or null" });
    return null;
  }
  return policyText(v);
}

function levels(p: Record<string, unknown>, slot: "scps" | "rcps", errors: ImportError[]): string[][] | null {
  const v = p[slot];
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v)) {
    errors.push({ path: `policies.${slot}`, message: "must be an array of levels (each an array of policies) or null" });
    return null;
  }
  return v.map((level: unknown, l) => {
    if (!Array.isArray(level)) {
      errors.push({ path: `policies.${slot}[${l}]`, message: "must be an array of policies (one level of the organization)" });
      return [];
    }
    return level.flatMap((d: unknown, i) => {
      if (isDoc(d)) return [policyText(d)];
      errors.push({ path: `policies.${slot}[${l}][${i}]`, message: "must be a policy object" });
      return [];
    });
  });
}

function readRequest(s: Record<string, unknown>, errors: ImportError[]): SandboxState["request"] {
  const r = s.request;
  if (!isObject(r)) {
    errors.push({ path: "request", message: r === undefined ? "is missing (expected an object)" : "must be an object" });
    return { principal: "", action: "", resource: "", principalAccount: "", resourceAccount: "", context: [] };
  }
  const context: ContextRow[] = [];
  if (r.context !== undefined && !isObject(r.context)) errors.push({ path: "request.context", message: "must be an object of key → value" });
  for (const [key, value] of Object.entries(isObject(r.context) ? r.context : {})) {
    const ok = typeof value === "string" || (Array.isArray(value) && value.every((x) => typeof x === "string"));
    if (ok) context.push(contextRow(context, key, contextText(value)));
    else errors.push({ path: `request.context.${key}`, message: "must be a string or an array of strings" });
  }
  return {
    principal: str(r, "principal", "request", errors, true),
    action: str(r, "action", "request", errors, true),
    resource: str(r, "resource", "request", errors, true),
    principalAccount: str(r, "principalAccount", "request", errors, false),
    resourceAccount: str(r, "resourceAccount", "request", errors, false),
    context,
  };
}

/** Reads a parsed scenario value into sandbox state. A file of several scenarios gives its first. */
export function readScenario(value: unknown): ImportResult {
  let notice: string | undefined;
  let s = value;
  const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.cases) ? value.cases : undefined;
  if (list) {
    if (list.length === 0) return { ok: false, errors: [{ path: Array.isArray(value) ? "(root)" : "cases", message: "holds no scenarios" }] };
    s = list[0];
    if (list.length > 1) notice = `The file holds ${list.length} scenarios; imported the first.`;
  }
  if (!isObject(s)) return { ok: false, errors: [{ path: list ? (Array.isArray(value) ? "[0]" : "cases[0]") : "(root)", message: "must be a scenario object" }] };
  const errors: ImportError[] = [];
  const request = readRequest(s, errors);
  const p = s.policies;
  if (p !== undefined && !isObject(p)) errors.push({ path: "policies", message: "must be an object" });
  const policies = isObject(p) ? p : {};
  let identity: string[] = [];
  if (policies.identity !== undefined && policies.identity !== null && !Array.isArray(policies.identity)) {
    errors.push({ path: "policies.identity", message: "must be an array of policies" });
  } else {
    identity = ((policies.identity as unknown[] | null | undefined) ?? []).flatMap((d, i) => {
      if (isDoc(d)) return [policyText(d)];
      errors.push({ path: `policies.identity[${i}]`, message: "must be a policy object" });
      return [];
    });
  }
  const org = s.organization;
  if (org !== undefined && !isObject(org)) errors.push({ path: "organization", message: "must be an object" });
  const managementAccountId = isObject(org) ? str(org, "managementAccountId", "organization", errors, false) : "";
  const state: SandboxState = {
    id: typeof s.id === "string" ? s.id : "imported-scenario",
    request,
    identity,
    resource: single(policies, "resource", errors),
    permissionBoundary: single(policies, "permissionBoundary", errors),
    scps: levels(policies, "scps", errors),
    rcps: levels(policies, "rcps", errors),
    session: single(policies, "session", errors),
    vpcEndpoint: single(policies, "vpcEndpoint", errors),
    managementAccountId,
  };
  if (errors.length > 0) return { ok: false, errors };
  return notice ? { ok: true, state, notice } : { ok: true, state };
}

/** Parses scenario JSON text (syntax errors give the line and column) and reads it. */
export function importScenarioText(text: string): ImportResult {
  if (!text.trim()) return { ok: false, errors: [{ path: "(root)", message: "paste a scenario first" }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const parsed = parseJsonText(text);
    const at = parsed.ok ? undefined : parsed.error.range.start;
    const message = parsed.ok ? "invalid JSON" : `invalid JSON: ${parsed.error.message}`;
    return { ok: false, errors: [{ path: at ? `line ${at.line}, column ${at.column}` : "(root)", message }] };
  }
  return readScenario(value);
}
