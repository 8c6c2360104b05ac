/**
 * Parsing of request principals (format rule 2) into a structured form.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */

/** Kinds of principal that can make a request. */
export type PrincipalType =
  | "root"
  | "user"
  | "role"
  | "assumedRole"
  | "federatedUser"
  | "service"
  | "webIdentity"
  | "saml"
  | "anonymous"
  | "unknown";

/** A request principal, parsed. */
export interface PrincipalInfo {
  type: PrincipalType;
  raw: string;
  partition?: string;
  account?: string;
  /** User / role / federated-user name, or role name for sessions. */
  name?: string;
  /** IAM path (`/` when none) for users and roles. */
  path?: string;
  sessionName?: string;
  /** For sessions: the role ARN without path (`arn:aws:iam::ACCOUNT:role/NAME`). */
  roleArn?: string;
  /** Whether the role (or the session's role) is service-linked (`role/aws-service-role/`). */
  serviceLinked?: boolean;
}

const IAM = /^arn:([\w-]+):iam::(\d{12}):(root|user\/.+|role\/.+|oidc-provider\/.+|saml-provider\/.+)$/;
const STS = /^arn:([\w-]+):sts::(\d{12}):(assumed-role\/[^/]+\/.+|federated-user\/.+)$/;
const WEB_IDP = new Set(["accounts.google.com", "cognito-identity.amazonaws.com", "graph.facebook.com", "www.amazon.com"]);

function splitPathName(rest: string): { path: string; name: string } {
  const i = rest.lastIndexOf("/");
  return i < 0 ? { path: "/", name: rest } : { path: `/${rest.slice(0, i + 1)}`, name: rest.slice(i + 1) };
}

const cache = new Map<string, PrincipalInfo>();

/** Parses a request principal string (results are cached and must not be mutated); never throws. */
export function parsePrincipal(raw: string): PrincipalInfo {
  let hit = cache.get(raw);
  if (hit === undefined) {
    // INVARIANT: bounded cache of immutable results; the oldest entry is dropped first.
    if (cache.size >= 5000) cache.delete(cache.keys().next().value as string);
    hit = parseUncached(raw);
    cache.set(raw, hit);
  }
  return hit;
}

function parseUncached(raw: string): PrincipalInfo {
  if (raw === "anonymous" || raw === "*") return { type: "anonymous", raw };
  const iam = IAM.exec(raw);
  if (iam) return parseIam(raw, iam[1] ?? "aws", iam[2] ?? "", iam[3] ?? "");
  const sts = STS.exec(raw);
  if (sts) return parseSts(raw, sts[1] ?? "aws", sts[2] ?? "", sts[3] ?? "");
  if (/^\d{12}$/.test(raw)) return { type: "root", raw: `arn:aws:iam::${raw}:root`, partition: "aws", account: raw };
  const lower = raw.toLowerCase();
  if (WEB_IDP.has(lower) || lower.startsWith("token.actions.githubusercontent.com") || lower.startsWith("oidc.")) {
    return { type: "webIdentity", raw };
  }
  if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(lower) || /^[a-z0-9.-]+\.amazon\.com$/.test(lower)) {
    return { type: "service", raw };
  }
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/.*)?$/i.test(raw)) return { type: "webIdentity", raw };
  return { type: "unknown", raw };
}

function parseIam(raw: string, partition: string, account: string, res: string): PrincipalInfo {
  if (res === "root") return { type: "root", raw, partition, account };
  if (res.startsWith("oidc-provider/")) return { type: "webIdentity", raw, partition, account };
  if (res.startsWith("saml-provider/")) return { type: "saml", raw, partition, account, name: res.slice(14) };
  const isUser = res.startsWith("user/");
  const { path, name } = splitPathName(res.slice(5));
  if (isUser) return { type: "user", raw, partition, account, path, name };
  return { type: "role", raw, partition, account, path, name, serviceLinked: path.startsWith("/aws-service-role/") };
}

function parseSts(raw: string, partition: string, account: string, res: string): PrincipalInfo {
  if (res.startsWith("federated-user/")) return { type: "federatedUser", raw, partition, account, name: res.slice(15) };
  const rest = res.slice("assumed-role/".length);
  const slash = rest.indexOf("/");
  const name = rest.slice(0, slash);
  return {
    type: "assumedRole",
    raw,
    partition,
    account,
    name,
    sessionName: rest.slice(slash + 1),
    roleArn: `arn:${partition}:iam::${account}:role/${name}`,
  };
}

/** The account a principal belongs to, if it has one. */
export function principalAccountOf(p: PrincipalInfo): string | undefined {
  return p.account;
}
