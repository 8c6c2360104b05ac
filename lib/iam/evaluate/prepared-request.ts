import type { TypeErrorSink } from "../conditions/clause";
import { splitArn } from "../match/arn";
import { parsePrincipal, type PrincipalInfo } from "../match/principal-info";
import type { PrincipalFacts } from "../match/principal-match";
import type { EvalRequest } from "../types";
import { ContextView } from "./context-view";

/** A request with everything derived once, shared by every statement evaluation. */
export interface PreparedRequest {
  request: EvalRequest;
  actionLower: string;
  /** Lower-case service prefix of the action (`s3`). */
  service: string;
  resource: string;
  resourceLower: string;
  /** `splitArn(resource)`, computed once. */
  resourceParts: string[];
  ctx: ContextView;
  facts: PrincipalFacts;
  principal: PrincipalInfo;
  principalAccount?: string;
  resourceAccount?: string;
  /** Whether a permissions boundary is attached (affects `NotPrincipal` with `Deny`). */
  hasBoundary: boolean;
  onTypeError?: TypeErrorSink;
}

/** Account id in the fifth part of an ARN, if it is a 12-digit account. */
export function arnAccount(arn: string): string | undefined {
  const parts = splitArn(arn);
  const acct = parts.length >= 6 ? parts[4] : undefined;
  return acct !== undefined && /^\d{12}$/.test(acct) ? acct : undefined;
}

/** Derives everything a request needs once. */
export function prepareRequest(request: EvalRequest, hasBoundary: boolean, onTypeError?: TypeErrorSink): PreparedRequest {
  const ctx = new ContextView(request.context);
  const principal = parsePrincipal(request.principal);
  const facts: PrincipalFacts = { info: principal };
  const pa = ctx.single("aws:principalarn");
  if (pa !== undefined) facts.principalArn = pa;
  const actionLower = request.action.toLowerCase();
  const colon = actionLower.indexOf(":");
  const prepared: PreparedRequest = {
    request,
    actionLower,
    service: colon < 0 ? actionLower : actionLower.slice(0, colon),
    resource: request.resource,
    resourceLower: request.resource.toLowerCase(),
    resourceParts: splitArn(request.resource),
    ctx,
    facts,
    principal,
    hasBoundary,
  };
  const principalAccount = request.principalAccount ?? principal.account;
  if (principalAccount !== undefined) prepared.principalAccount = principalAccount;
  const resourceAccount = request.resourceAccount ?? arnAccount(request.resource);
  if (resourceAccount !== undefined) prepared.resourceAccount = resourceAccount;
  if (onTypeError) prepared.onTypeError = onTypeError;
  return prepared;
}
