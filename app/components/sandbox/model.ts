/**
 * The sandbox's editable scenario: request fields, context rows and policies as text, and the
 * conversion to a scenario (shared/iam/SCENARIO-FORMAT.md). Pure.
 */
import type { ContextValue, PolicyKind } from "@/lib/iam";

/** One request-context row; `value` is a string, or a JSON array of strings for several values. */
export interface ContextRow {
  id: number;
  key: string;
  value: string;
}

/** The request builder's fields. */
export interface RequestFields {
  principal: string;
  action: string;
  resource: string;
  principalAccount: string;
  resourceAccount: string;
  context: ContextRow[];
}

/** Policy slots holding one document. */
export type SingleSlot = "resource" | "permissionBoundary" | "session" | "vpcEndpoint";
/** Policy slots holding levels of documents. */
export type LevelSlot = "scps" | "rcps";

/** Everything the sandbox edits. Policies are kept as text so invalid JSON can be edited. */
export interface SandboxState {
  id: string;
  request: RequestFields;
  identity: string[];
  resource: string | null;
  permissionBoundary: string | null;
  scps: string[][] | null;
  rcps: string[][] | null;
  session: string | null;
  vpcEndpoint: string | null;
  managementAccountId: string;
}

/** A context row for a list: its id (for React keys and labels) is one more than any in `rows`. */
export function contextRow(rows: readonly ContextRow[], key = "", value = ""): ContextRow {
  return { id: rows.reduce((max, r) => Math.max(max, r.id), 0) + 1, key, value };
}

/** Pretty JSON for an editor. */
export const policyText = (doc: unknown): string => (typeof doc === "string" ? doc : JSON.stringify(doc, null, 2));

/** A new policy for a slot. */
export function newPolicyText(slot: "identity" | SingleSlot | LevelSlot): string {
  const statement: Record<string, unknown> =
    slot === "resource"
      ? { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::example-bucket/*" }
      : slot === "scps" || slot === "permissionBoundary"
        ? { Effect: "Allow", Action: "*", Resource: "*" }
        : slot === "rcps"
          ? { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }
          : { Effect: "Allow", Action: "s3:GetObject", Resource: "*" };
  return policyText({ Version: "2012-10-17", Statement: [statement] });
}

/** An empty scenario. */
export function emptyState(): SandboxState {
  return {
    id: "my-scenario",
    request: { principal: "arn:aws:iam::111122223333:user/alice", action: "s3:GetObject", resource: "arn:aws:s3:::example-bucket/report.csv", principalAccount: "111122223333", resourceAccount: "111122223333", context: [] },
    identity: [newPolicyText("identity")],
    resource: null,
    permissionBoundary: null,
    scps: null,
    rcps: null,
    session: null,
    vpcEndpoint: null,
    managementAccountId: "",
  };
}

/** Reads a context row's value: a JSON array of strings gives several values, anything else is one string. */
export function contextValue(text: string): ContextValue {
  const t = text.trim();
  if (t.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed) && parsed.every((v) => typeof v === "string")) return parsed;
    } catch {
      // not an array: one string value
    }
  }
  return text;
}

/** Writes a context value into a row's text. */
export const contextText = (v: ContextValue): string => (Array.isArray(v) ? JSON.stringify(v) : v);

/** A policy's text as a scenario value: the parsed document, or the text itself when it is not JSON. */
function doc(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The scenario the state describes (policies that are not valid JSON stay as text). */
export function toScenario(s: SandboxState): Record<string, unknown> {
  const r = s.request;
  const context: Record<string, ContextValue> = {};
  for (const row of r.context) if (row.key.trim()) context[row.key.trim()] = contextValue(row.value);
  const request: Record<string, unknown> = { principal: r.principal.trim(), action: r.action.trim(), resource: r.resource.trim(), context };
  if (r.resourceAccount.trim()) request.resourceAccount = r.resourceAccount.trim();
  if (r.principalAccount.trim()) request.principalAccount = r.principalAccount.trim();
  const single = (t: string | null) => (t === null ? null : doc(t));
  const levels = (l: string[][] | null) => (l === null ? null : l.map((level) => level.map(doc)));
  const scenario: Record<string, unknown> = {
    id: s.id || "my-scenario",
    request,
    policies: {
      identity: s.identity.map(doc),
      resource: single(s.resource),
      permissionBoundary: single(s.permissionBoundary),
      scps: levels(s.scps),
      rcps: levels(s.rcps),
      session: single(s.session),
      vpcEndpoint: single(s.vpcEndpoint),
    },
  };
  if (s.managementAccountId.trim()) scenario.organization = { managementAccountId: s.managementAccountId.trim() };
  return scenario;
}

/** How the resource slot is parsed: a trust policy names no Resource (like lib/iam does). */
export function resourceKind(text: string): PolicyKind {
  const d = doc(text);
  if (typeof d !== "object" || d === null) return "resource";
  const st = (d as Record<string, unknown>).Statement;
  const list: unknown[] = Array.isArray(st) ? st : [st];
  return list.some((x) => typeof x === "object" && x !== null && ("Resource" in x || "NotResource" in x)) ? "resource" : "trust";
}

/** One policy of the state, with where it sits and how it is parsed. */
export interface PolicyRef {
  /** Scenario path, e.g. `policies.scps[1][0]`. */
  path: string;
  kind: PolicyKind;
  text: string;
}

/** Every policy of the state, in scenario order. */
export function listPolicies(s: SandboxState): PolicyRef[] {
  const out: PolicyRef[] = s.identity.map((text, i) => ({ path: `policies.identity[${i}]`, kind: "identity" as const, text }));
  if (s.resource !== null) out.push({ path: "policies.resource", kind: resourceKind(s.resource), text: s.resource });
  if (s.permissionBoundary !== null) out.push({ path: "policies.permissionBoundary", kind: "boundary", text: s.permissionBoundary });
  for (const slot of ["scps", "rcps"] as const) {
    s[slot]?.forEach((level, l) => level.forEach((text, i) => out.push({ path: `policies.${slot}[${l}][${i}]`, kind: slot === "scps" ? "scp" : "rcp", text })));
  }
  if (s.session !== null) out.push({ path: "policies.session", kind: "session", text: s.session });
  if (s.vpcEndpoint !== null) out.push({ path: "policies.vpcEndpoint", kind: "vpcEndpoint", text: s.vpcEndpoint });
  return out;
}
