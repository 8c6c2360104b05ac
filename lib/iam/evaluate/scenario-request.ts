import { DIAGNOSTIC_CODES as C } from "../parse/codes";
import type { ContextValue, Diagnostic, EvalRequest, OrganizationInfo } from "../types";

const REQUEST_FIELDS: ReadonlySet<string> = new Set(["principal", "action", "resource", "context", "resourceAccount", "principalAccount"]);

function str(obj: Record<string, unknown>, key: string, diags: Diagnostic[], required: boolean): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) {
    if (required) diags.push({ code: C.SCENARIO_MISSING_FIELD, message: `request has no \`${key}\``, path: `request.${key}`, severity: "error" });
    return undefined;
  }
  if (typeof v !== "string") {
    diags.push({ code: C.SCENARIO_WRONG_TYPE, message: `\`${key}\` must be a string`, path: `request.${key}`, severity: "error" });
    return undefined;
  }
  return v;
}

/** Whether a plain context object already holds only strings and string arrays (no copy needed). */
function isClean(obj: Record<string, unknown>): boolean {
  const proto: unknown = Object.getPrototypeOf(obj);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in obj) {
    const v = obj[key];
    if (typeof v === "string") continue;
    if (!Array.isArray(v)) return false;
    for (const x of v as unknown[]) if (typeof x !== "string") return false;
  }
  return true;
}

/**
 * Validates `request.context`. A context that is already clean is used as given, not copied.
 * INVARIANT: the evaluator only reads it, during the call.
 */
function readContext(raw: unknown, diags: Diagnostic[]): Record<string, ContextValue> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    diags.push({ code: C.SCENARIO_WRONG_TYPE, message: "`context` must be an object of strings or string arrays", path: "request.context", severity: "error" });
    return {};
  }
  const obj = raw as Record<string, unknown>;
  if (isClean(obj)) return obj as Record<string, ContextValue>;
  const out: Record<string, ContextValue> = {};
  for (const key in obj) {
    const v = obj[key];
    if (typeof v === "string") out[key] = v;
    else if (typeof v === "number" || typeof v === "boolean") out[key] = String(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[key] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "number" || typeof x === "boolean" || typeof x === "string")) {
      out[key] = v.map((x) => String(x));
    } else {
      diags.push({ code: C.SCENARIO_WRONG_TYPE, message: `context value of \`${key}\` must be a string or an array of strings`, path: `request.context.${key}`, severity: "error" });
    }
  }
  return out;
}

function errorCount(diags: readonly Diagnostic[]): number {
  let n = 0;
  for (const d of diags) if (d.severity === "error") n++;
  return n;
}

/** Validates the `request` element of a scenario; undefined when it cannot be evaluated. */
export function readRequest(raw: unknown, diags: Diagnostic[]): EvalRequest | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    diags.push({ code: raw === undefined ? C.SCENARIO_MISSING_FIELD : C.SCENARIO_WRONG_TYPE, message: "scenario needs a `request` object", path: "request", severity: "error" });
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  for (const key in r) {
    if (!REQUEST_FIELDS.has(key)) {
      diags.push({ code: C.SCENARIO_UNKNOWN_FIELD, message: `unknown request field \`${key}\``, path: `request.${key}`, severity: "warning" });
    }
  }
  const before = errorCount(diags);
  const principal = str(r, "principal", diags, true);
  const action = str(r, "action", diags, true);
  const resource = str(r, "resource", diags, true);
  const resourceAccount = str(r, "resourceAccount", diags, false);
  const principalAccount = str(r, "principalAccount", diags, false);
  const context = readContext(r.context, diags);
  if (errorCount(diags) > before) return undefined;
  const req: EvalRequest = { principal: principal ?? "", action: action ?? "", resource: resource ?? "", context };
  if (resourceAccount !== undefined) req.resourceAccount = resourceAccount;
  if (principalAccount !== undefined) req.principalAccount = principalAccount;
  return req;
}

/** Reads the optional `organization` element. */
export function readOrganization(raw: unknown, diags: Diagnostic[]): OrganizationInfo {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    diags.push({ code: C.SCENARIO_WRONG_TYPE, message: "`organization` must be an object", path: "organization", severity: "error" });
    return {};
  }
  const m = (raw as Record<string, unknown>).managementAccountId;
  if (m === undefined || m === null) return {};
  if (typeof m !== "string") {
    diags.push({ code: C.SCENARIO_WRONG_TYPE, message: "`managementAccountId` must be a string", path: "organization.managementAccountId", severity: "error" });
    return {};
  }
  return { managementAccountId: m };
}
