import { globMatch } from "../match/glob";
import type { PolicyKind, Statement } from "../types";
import type { LintContext } from "./context";

/** Policy kinds that only cap permissions; an `Allow *` there is the usual default, not a grant. */
const GUARDRAIL_KINDS: ReadonlySet<PolicyKind> = new Set(["scp", "rcp", "boundary", "session"]);

/** Whether a statement's action element covers an exact action (`Action` match, or not excluded by `NotAction`). */
export function statementCoversAction(stmt: Statement, action: string): boolean {
  const matches = (p: string): boolean => globMatch(p, action, { ignoreCase: true });
  if (stmt.action) return stmt.action.some(matches);
  if (stmt.notAction) return !stmt.notAction.some(matches);
  return false;
}

function checkPassRole(ctx: LintContext, stmt: Statement): void {
  if (!statementCoversAction(stmt, "iam:PassRole")) return;
  const resources = stmt.resource ?? [];
  const star = resources.indexOf("*");
  if (star < 0 && !stmt.notResource) return;
  const path = star >= 0 ? ctx.elementPath(stmt, "Resource", star, resources.length) : `${stmt.path}.NotResource`;
  const via = stmt.action?.some((a) => a.toLowerCase() === "iam:passrole") ? "`iam:PassRole`" : "`iam:PassRole` (through a wildcard or `NotAction`)";
  const scope = star >= 0 ? "every role" : "every role not listed in `NotResource`";
  ctx.report(
    "PASS_ROLE_WITH_STAR_RESOURCE",
    path,
    `${via} is allowed on ${scope}, so any such role can be passed to a service`,
    "list the role arns that may be passed and restrict the services with `iam:PassedToService`",
  );
}

function checkBroadActions(ctx: LintContext, stmt: Statement): void {
  (stmt.action ?? []).forEach((a, i, list) => {
    const path = ctx.elementPath(stmt, "Action", i, list.length);
    if (a === "*" || a === "*:*") {
      ctx.report("ALLOW_ALL_ACTIONS", path, `\`${a}\` allows every action of every service`, "grant only the actions the principal needs");
    } else if (a.toLowerCase() === "iam:*") {
      ctx.report("ALLOW_ALL_IAM_ACTIONS", path, "`iam:*` allows every iam action, which is enough to grant oneself any permission", "grant only the iam actions needed, on specific resources");
    }
  });
}

function checkNotAction(ctx: LintContext, stmt: Statement): void {
  if (!stmt.notAction || !(stmt.resource ?? []).includes("*")) return;
  ctx.report(
    "ALLOW_NOT_ACTION_STAR_RESOURCE",
    `${stmt.path}.NotAction`,
    "`Allow` with `NotAction` on `\"Resource\": \"*\"` grants every other action of every service, including future ones",
    "list the allowed actions in `Action` instead",
  );
}

/** Broad grants: `iam:PassRole` on `*`, `*`/`*:*`/`iam:*` allows, `Allow` + `NotAction` on `*`. */
export function checkPrivilege(ctx: LintContext): void {
  const guardrail = ctx.kind !== undefined && GUARDRAIL_KINDS.has(ctx.kind);
  for (const stmt of ctx.policy.statements) {
    if (stmt.effect !== "Allow" || guardrail) continue;
    checkPassRole(ctx, stmt);
    checkBroadActions(ctx, stmt);
    checkNotAction(ctx, stmt);
  }
}
