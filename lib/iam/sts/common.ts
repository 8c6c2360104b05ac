import { evaluate } from "../evaluate/evaluate";
import type { EvalResult } from "../evaluate/result-types";
import type { ContextValue, OrganizationInfo } from "../types";
import type { StsError, StsResult } from "./types";

/** AWS's session-name pattern `[\w+=,.@-]*` with a length range. */
export function checkName(value: string, field: string, min: number, max: number, errors: StsError[]): void {
  if (value.length < min || value.length > max || !/^[\w+=,.@-]*$/.test(value)) {
    errors.push({ code: "ValidationError", message: `\`${field}\` must be ${min} to ${max} characters of letters, digits and \`+=,.@_-\`` });
  }
}

/** Checks DurationSeconds against [min, max]; returns the effective duration. */
export function checkDuration(requested: number | undefined, dflt: number, min: number, max: number, errors: StsError[], what: string): number {
  const d = requested ?? dflt;
  if (!Number.isInteger(d) || d < min || d > max) {
    errors.push({ code: "ValidationError", message: `\`DurationSeconds\` must be between ${min} and ${max} ${what}, got \`${d}\`` });
  }
  return d;
}

/** Scenario pieces for an STS authorization. */
export interface StsCall {
  principal: string;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  policies: Record<string, unknown>;
  principalAccount?: string;
  resourceAccount?: string;
  organization?: OrganizationInfo;
}

/** Evaluates one STS authorization and records it. */
export function authorize(call: StsCall, result: StsResult): EvalResult {
  const request: Record<string, unknown> = { principal: call.principal, action: call.action, resource: call.resource, context: call.context };
  if (call.principalAccount) request.principalAccount = call.principalAccount;
  if (call.resourceAccount) request.resourceAccount = call.resourceAccount;
  const scenario: Record<string, unknown> = { request, policies: call.policies };
  if (call.organization) scenario.organization = call.organization;
  const r = evaluate(scenario);
  result.evaluations.push({ action: call.action, result: r });
  if (r.decision !== "Allow") {
    result.errors.push({ code: "AccessDenied", message: `\`${call.principal}\` is not authorized to perform \`${call.action}\` on \`${call.resource}\` (${r.decision})` });
  }
  return r;
}

/** Tag context keys of a request that passes session tags. */
export function tagContext(tags: Record<string, string> | undefined, transitive: string[] | undefined): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  if (!tags || Object.keys(tags).length === 0) return out;
  for (const [k, v] of Object.entries(tags)) out[`aws:RequestTag/${k}`] = v;
  out["aws:TagKeys"] = Object.keys(tags);
  if (transitive && transitive.length > 0) out["sts:TransitiveTagKeys"] = transitive;
  return out;
}

/** A failed result. */
export function failed(errors: StsError[], evaluations: StsResult["evaluations"] = []): StsResult {
  return { ok: false, evaluations, errors };
}
