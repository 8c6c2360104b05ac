import type { EvalResult } from "../evaluate/result-types";
import type { ContextValue } from "../types";

/** Policies that describe a caller's own permissions (format `policies` minus the resource side). */
export interface CallerPolicies {
  identity?: unknown[];
  permissionBoundary?: unknown;
  session?: unknown;
  scps?: unknown[][] | null;
}

/** The principal calling an STS API, with its request context. */
export interface StsCaller {
  principal: string;
  /** Request context of the call (e.g. from `deriveContext` or a previous session). */
  context?: Record<string, ContextValue>;
  policies?: CallerPolicies;
  /** Transitive session tags carried from a previous role session (role chaining). */
  transitiveTags?: Record<string, string>;
}

/** The role being assumed. */
export interface TargetRole {
  arn: string;
  trustPolicy: unknown;
  /** Maximum session duration in seconds, 3600..43200 (default 3600). */
  maxSessionDuration?: number;
  /** Tags on the role (become `aws:PrincipalTag/...` of sessions unless overridden). */
  tags?: Record<string, string>;
}

/** A session created by STS, ready to be the principal of the next request. */
export interface StsSession {
  principal: string;
  context: Record<string, ContextValue>;
  expiresInSeconds: number;
  /** Session policy to put in `policies.session` for requests made with this session. */
  sessionPolicy?: unknown;
  /** Identity policies the session is limited by (GetFederationToken: the user's). */
  identityPolicies?: unknown[];
  transitiveTags?: Record<string, string>;
  sourceIdentity?: string;
  roleChained?: boolean;
}

/** A problem that makes an STS call fail, named like the AWS error where one exists. */
export interface StsError {
  code: "AccessDenied" | "ValidationError" | "InvalidParameter" | "NotSupported";
  message: string;
}

/** Result of one STS API call. */
export interface StsResult {
  ok: boolean;
  /** Every authorization evaluated for the call, by action. */
  evaluations: { action: string; result: EvalResult }[];
  session?: StsSession;
  errors: StsError[];
}
