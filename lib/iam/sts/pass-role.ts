import type { ContextValue, OrganizationInfo } from "../types";
import { authorize } from "./common";
import type { StsCaller, StsResult } from "./types";

/** Input of `passRole`. */
export interface PassRoleInput {
  caller: StsCaller;
  roleArn: string;
  /** Service the role is passed to, e.g. `lambda.amazonaws.com` (`iam:PassedToService`). */
  passedToService: string;
  /** Resource the role will be attached to (`iam:AssociatedResourceArn`), when known. */
  associatedResourceArn?: string;
  organization?: OrganizationInfo;
}

/**
 * Checks `iam:PassRole` on the role ARN with `iam:PassedToService` and `iam:AssociatedResourceArn`
 * in the context. PassRole is a permission of the caller's identity side only; it is not
 * AssumeRole (the service assumes the role later through the role's trust policy).
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 */
export function passRole(input: PassRoleInput): StsResult {
  const result: StsResult = { ok: false, evaluations: [], errors: [] };
  const context: Record<string, ContextValue> = { ...(input.caller.context ?? {}), "iam:PassedToService": input.passedToService };
  if (input.associatedResourceArn !== undefined) context["iam:AssociatedResourceArn"] = input.associatedResourceArn;
  authorize(
    {
      principal: input.caller.principal,
      action: "iam:PassRole",
      resource: input.roleArn,
      context,
      policies: {
        identity: input.caller.policies?.identity ?? [],
        permissionBoundary: input.caller.policies?.permissionBoundary ?? null,
        session: input.caller.policies?.session ?? null,
        scps: input.caller.policies?.scps ?? null,
      },
      ...(input.organization ? { organization: input.organization } : {}),
    },
    result,
  );
  result.ok = result.errors.length === 0;
  return result;
}
