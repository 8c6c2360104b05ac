import type { PrincipalSpec } from "../types";
import { parsePrincipal, type PrincipalInfo } from "./principal-info";

/**
 * How a resource-policy statement names the caller; decides which other policies still limit
 * the grant (format rule 9, AWS "Policy evaluation logic", resource-based policies table).
 */
export type GrantKind =
  | "wildcard"
  | "account"
  | "user"
  | "role"
  | "session"
  | "federatingUser"
  | "service"
  | "federated"
  | "canonical";

/** Result of matching a `Principal` element. */
export interface PrincipalMatch {
  matched: boolean;
  kind?: GrantKind;
  /** The policy value that matched. */
  value?: string;
}

/** Facts from the request context used for principal matching. */
export interface PrincipalFacts {
  info: PrincipalInfo;
  /** `aws:PrincipalArn` (the role ARN with path for a role session), when given. */
  principalArn?: string;
}

const RANK: Record<GrantKind, number> = {
  user: 3, session: 3, service: 3, federated: 3, canonical: 3, wildcard: 3,
  role: 2, federatingUser: 2, account: 1,
};

const infoCache = new Map<string, PrincipalInfo>();
function infoOf(value: string): PrincipalInfo {
  let v = infoCache.get(value);
  if (!v) {
    if (infoCache.size >= 5000) infoCache.delete(infoCache.keys().next().value as string);
    v = parsePrincipal(value);
    infoCache.set(value, v);
  }
  return v;
}

function providerHost(s: string): string {
  const i = s.indexOf(":oidc-provider/");
  return (i >= 0 ? s.slice(i + ":oidc-provider/".length) : s).toLowerCase();
}

function roleMatches(value: PrincipalInfo, f: PrincipalFacts): boolean {
  const p = f.info;
  if (p.type === "role") return value.raw === p.raw;
  if (p.type !== "assumedRole" || value.account !== p.account || value.name !== p.name) return false;
  const pa = f.principalArn;
  // INVARIANT: with `aws:PrincipalArn` given, the role ARN (with its path) must equal it.
  if (pa !== undefined && pa.includes(":role/")) return pa === value.raw;
  return true;
}

/** Matches one `AWS` value against the caller. */
function matchAws(value: string, f: PrincipalFacts): GrantKind | undefined {
  if (value === "*") return "wildcard";
  const v = infoOf(value);
  const p = f.info;
  switch (v.type) {
    case "root":
      return p.account !== undefined && p.account === v.account && p.type !== "webIdentity" && p.type !== "saml" ? "account" : undefined;
    case "user":
      if (p.type === "user" && p.raw === value) return "user";
      // The IAM user behind a federated-user session: named by `aws:PrincipalArn`, or (judgement
      // call) a user of the same account with the session's name.
      if (p.type === "federatedUser" && v.account === p.account && (f.principalArn === value || v.name === p.name)) return "federatingUser";
      return undefined;
    case "role":
      return roleMatches(v, f) ? "role" : undefined;
    case "assumedRole":
    case "federatedUser":
      return p.raw === value ? "session" : undefined;
    default:
      return undefined;
  }
}

function matchOne(type: string, value: string, f: PrincipalFacts): GrantKind | undefined {
  const p = f.info;
  switch (type) {
    case "AWS":
      return matchAws(value, f);
    case "Service":
      if (value === "*") return "wildcard";
      return p.type === "service" && p.raw.toLowerCase() === value.toLowerCase() ? "service" : undefined;
    case "Federated":
      if (p.type !== "webIdentity" && p.type !== "saml") return undefined;
      return p.raw === value || providerHost(p.raw) === providerHost(value) ? "federated" : undefined;
    case "CanonicalUser":
      return p.raw === value ? "canonical" : undefined;
    default:
      return undefined;
  }
}

/** Matches a `Principal` element; the strongest matching grant kind wins. */
export function matchPrincipal(spec: PrincipalSpec, f: PrincipalFacts): PrincipalMatch {
  if (spec === "*") return { matched: true, kind: "wildcard", value: "*" };
  let best: PrincipalMatch = { matched: false };
  for (const type of ["AWS", "Service", "Federated", "CanonicalUser"] as const) {
    for (const value of spec[type] ?? []) {
      const kind = matchOne(type, value, f);
      if (kind && (!best.kind || RANK[kind] > RANK[best.kind])) best = { matched: true, kind, value };
    }
  }
  return best;
}

/**
 * Whether a `NotPrincipal` element excludes the caller: it must name the caller itself (the user,
 * the session ARN for a role or federated session, the role for a role principal, the account for
 * the root user, the service or provider). Naming the role does not exclude its sessions, naming
 * the account does not exclude its users. Source:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
export function notPrincipalExcludes(spec: PrincipalSpec, f: PrincipalFacts): boolean {
  if (spec === "*") return true;
  const p = f.info;
  for (const value of spec.AWS ?? []) {
    if (value === "*") return true;
    const v = infoOf(value);
    if (p.type === "root" && v.type === "root" && v.account === p.account) return true;
    if (v.raw === p.raw && (v.type === "user" || v.type === "role" || v.type === "assumedRole" || v.type === "federatedUser")) return true;
  }
  for (const type of ["Service", "Federated", "CanonicalUser"] as const) {
    for (const value of spec[type] ?? []) if (matchOne(type, value, f)) return true;
  }
  return false;
}
