/** Builds scenarios for evaluator tests. */
export const ACCT = "111122223333";
export const OTHER = "444455556666";

/** A policy document with the given statements. */
export function doc(...statements: Record<string, unknown>[]): Record<string, unknown> {
  return { Version: "2012-10-17", Statement: statements };
}

/** An Allow statement for `action` on `resource`. */
export function allow(action: string, resource = "*", extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { Effect: "Allow", Action: action, Resource: resource, ...extra };
}

/** A Deny statement for `action` on `resource`. */
export function deny(action: string, resource = "*", extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { Effect: "Deny", Action: action, Resource: resource, ...extra };
}

/** A scenario with sensible defaults (same-account S3 read by an IAM user). */
export function scenario(over: {
  principal?: string;
  action?: string;
  resource?: string;
  context?: Record<string, string | string[]>;
  resourceAccount?: string;
  principalAccount?: string;
  policies?: Record<string, unknown>;
  organization?: Record<string, unknown>;
}): Record<string, unknown> {
  const principal = over.principal ?? `arn:aws:iam::${ACCT}:user/dana`;
  const request: Record<string, unknown> = {
    principal,
    action: over.action ?? "s3:GetObject",
    resource: over.resource ?? "arn:aws:s3:::team-data/q1.csv",
    context: over.context ?? {},
    resourceAccount: over.resourceAccount ?? ACCT,
  };
  if (over.principalAccount !== undefined) request.principalAccount = over.principalAccount;
  const s: Record<string, unknown> = { request, policies: { identity: [], ...(over.policies ?? {}) } };
  if (over.organization) s.organization = over.organization;
  return s;
}
