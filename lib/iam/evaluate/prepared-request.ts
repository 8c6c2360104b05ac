import type { TypeErrorSink } from "../conditions/clause";
import { foldArnParts, PatternCache, splitArn } from "../match/arn";
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
  /** `resourceParts` with the partition, service, region and account lower-cased. */
  resourceFolded: string[];
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
export function arnAccount(arn: string, parts: readonly string[] = splitArn(arn)): string | undefined {
  const acct = parts.length >= 6 ? parts[4] : undefined;
  return acct !== undefined && /^\d{12}$/.test(acct) ? acct : undefined;
}

/** What a request derives from its resource string (shared, never mutated). */
interface ResourceFacts {
  lower: string;
  parts: string[];
  folded: string[];
  account: string | undefined;
}

/** What a request derives from its action string. */
interface ActionFacts {
  lower: string;
  service: string;
}

const resourceFacts = new PatternCache<ResourceFacts>((resource) => {
  const parts = splitArn(resource);
  return { lower: resource.toLowerCase(), parts, folded: foldArnParts(parts), account: arnAccount(resource, parts) };
}, 5000);

const actionFacts = new PatternCache<ActionFacts>((action) => {
  const lower = action.toLowerCase();
  const colon = lower.indexOf(":");
  return { lower, service: colon < 0 ? lower : lower.slice(0, colon) };
}, 5000);

/**
 * Derives everything a request needs once. Facts derived from the action, resource and principal
 * strings alone are cached across requests (bounded). Every field is always set, so prepared
 * requests share one shape.
 */
export function prepareRequest(request: EvalRequest, hasBoundary: boolean, onTypeError?: TypeErrorSink): PreparedRequest {
  const ctx = new ContextView(request.context);
  const principal = parsePrincipal(request.principal);
  const facts: PrincipalFacts = { info: principal, principalArn: ctx.single("aws:principalarn") };
  const action = actionFacts.get(request.action);
  const res = resourceFacts.get(request.resource);
  return {
    request,
    actionLower: action.lower,
    service: action.service,
    resource: request.resource,
    resourceLower: res.lower,
    resourceParts: res.parts,
    resourceFolded: res.folded,
    ctx,
    facts,
    principal,
    principalAccount: request.principalAccount ?? principal.account,
    resourceAccount: request.resourceAccount ?? res.account,
    hasBoundary,
    onTypeError,
  };
}
