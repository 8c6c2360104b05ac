import type { PolicyKind, Statement } from "../types";
import type { LintContext } from "./context";
import { statementCoversAction } from "./privilege";

/** Kinds whose `Principal` grants access to callers (trust and resource policies). */
const GRANTING_KINDS: ReadonlySet<PolicyKind> = new Set(["trust", "resource"]);

/** Keys that tie a cross-account trust to an expected caller (confused deputy, org boundary). */
const CROSS_ACCOUNT_KEYS = ["sts:externalid", "aws:sourcearn", "aws:sourceaccount", "aws:principalorgid", "aws:principalorgpaths", "aws:principalarn"];

/** Keys that tie a service principal to the resource acting for you. */
const SOURCE_KEYS = ["aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid", "aws:sourceorgpaths"];

/**
 * Services that assume roles for compute you run, where AWS does not document `aws:SourceArn` /
 * `aws:SourceAccount` for the role trust (a judgement call: such trusts get no suggestion).
 */
const NO_SOURCE_CONTEXT = new Set(["ec2.amazonaws.com", "lambda.amazonaws.com", "edgelambda.amazonaws.com"]);

const GITHUB = "token.actions.githubusercontent.com";
const POSITIVE_STRING = new Set(["StringEquals", "StringLike", "StringEqualsIgnoreCase"]);

function conditionKeys(stmt: Statement): Set<string> {
  return new Set(stmt.conditions.map((c) => c.key.toLowerCase()));
}

function isTrustLike(ctx: LintContext, stmt: Statement): boolean {
  if (ctx.kind === "trust") return true;
  return ctx.kind === undefined && stmt.principal !== undefined && statementCoversAction(stmt, "sts:AssumeRole");
}

function checkOpen(ctx: LintContext, stmt: Statement): void {
  const p = stmt.principal;
  const open = p === "*" || (p !== undefined && p.AWS?.includes("*") === true);
  if (!open || stmt.conditions.length > 0) return;
  const grants = ctx.kind === "trust" || isTrustLike(ctx, stmt) ? "anyone can assume this role" : "anyone, including anonymous users, is granted these actions";
  ctx.report("PRINCIPAL_OPEN_TO_ANYONE", `${stmt.path}.Principal`, `\`Principal\` \`*\` without conditions: ${grants}`, "name the principals, or add conditions such as `aws:PrincipalOrgID` or `aws:SourceAccount`");
}

function accountOf(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  return /^arn:aws[a-z-]*:iam::(\d{12}):root$/.exec(principal)?.[1];
}

function checkCrossAccount(ctx: LintContext, stmt: Statement): void {
  const p = stmt.principal;
  if (p === undefined || p === "*") return;
  const keys = conditionKeys(stmt);
  if (CROSS_ACCOUNT_KEYS.some((k) => keys.has(k))) return;
  (p.AWS ?? []).forEach((value, i, list) => {
    const account = accountOf(value);
    if (account === undefined || account === ctx.options.accountId) return;
    ctx.report(
      "CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION",
      ctx.elementPath(stmt, "Principal.AWS", i, list.length),
      `principals of account \`${account}\` can assume this role, with no condition such as \`sts:ExternalId\` or \`aws:PrincipalOrgID\``,
      "add `sts:ExternalId` (third parties), `aws:PrincipalArn`, or `aws:PrincipalOrgID`, or name specific roles",
    );
  });
}

function checkServices(ctx: LintContext, stmt: Statement): void {
  const p = stmt.principal;
  if (p === undefined || p === "*" || !p.Service) return;
  const keys = conditionKeys(stmt);
  if (SOURCE_KEYS.some((k) => keys.has(k))) return;
  p.Service.forEach((service, i, list) => {
    if (NO_SOURCE_CONTEXT.has(service.toLowerCase())) return;
    ctx.report(
      "SERVICE_TRUST_WITHOUT_SOURCE",
      ctx.elementPath(stmt, "Principal.Service", i, list.length),
      `service principal \`${service}\` is trusted without \`aws:SourceArn\` or \`aws:SourceAccount\``,
      "add `aws:SourceAccount` (or `aws:SourceArn`) so that the service acts only for your resources (confused deputy)",
    );
  });
}

function isOpenSub(value: string): boolean {
  return /^[*?]/.test(value) || /^repo:[*?]/i.test(value);
}

function checkGithub(ctx: LintContext, stmt: Statement): void {
  const p = stmt.principal;
  if (p === undefined || p === "*" || !(p.Federated ?? []).some((f) => f.toLowerCase().includes(GITHUB))) return;
  const subs = stmt.conditions.filter((c) => {
    const key = c.key.toLowerCase();
    return key.startsWith(GITHUB) && key.endsWith(":sub") && POSITIVE_STRING.has(c.baseOperator);
  });
  const path = stmt.conditions.length > 0 ? `${stmt.path}.Condition` : `${stmt.path}.Principal.Federated`;
  if (subs.length === 0) {
    ctx.report("GITHUB_OIDC_MISSING_SUB", path, "github actions oidc trust has no condition on `token.actions.githubusercontent.com:sub`: any repository can assume this role", 'add `"StringLike": {"token.actions.githubusercontent.com:sub": "repo:ORG/REPO:*"}`');
    return;
  }
  const open = subs.find((c) => c.values.every(isOpenSub));
  if (open) {
    ctx.report("GITHUB_OIDC_SUB_WILDCARD", open.path, `\`${open.key}\` allows \`${open.values.join("`, `")}\`, which matches repositories of any owner`, "name the organization and repository, e.g. `repo:ORG/REPO:ref:refs/heads/main`");
  }
}

/** Trust and resource policy principals: open to anyone, cross-account, services, github oidc. */
export function checkTrust(ctx: LintContext): void {
  for (const stmt of ctx.policy.statements) {
    if (stmt.effect !== "Allow") continue;
    const granting = (ctx.kind !== undefined && GRANTING_KINDS.has(ctx.kind)) || (ctx.kind === undefined && stmt.principal !== undefined);
    if (granting) checkOpen(ctx, stmt);
    checkGithub(ctx, stmt);
    if (!isTrustLike(ctx, stmt)) continue;
    checkCrossAccount(ctx, stmt);
    checkServices(ctx, stmt);
  }
}
