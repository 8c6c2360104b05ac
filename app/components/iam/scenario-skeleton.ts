/**
 * A scenario skeleton (shared/iam/SCENARIO-FORMAT.md) with one policy placed in the slot its kind
 * belongs to, for "Copy as scenario JSON". Pure.
 */

type Slot = "identity" | "resource" | "permissionBoundary" | "scps" | "rcps" | "session" | "vpcEndpoint";

const SLOT_BY_KIND: Record<string, Slot> = {
  identity: "identity",
  resource: "resource",
  trust: "resource",
  boundary: "permissionBoundary",
  scp: "scps",
  rcp: "rcps",
  session: "session",
  vpcEndpoint: "vpcEndpoint",
};

/** The scenario slot a policy of `kind` goes into. */
export function slotForKind(kind: string | undefined): Slot {
  return SLOT_BY_KIND[kind ?? "identity"] ?? "identity";
}

/** Builds the skeleton; `policy` is the parsed policy document. */
export function scenarioSkeleton(policy: unknown, kind: string | undefined, id = "my-scenario"): Record<string, unknown> {
  const slot = slotForKind(kind);
  const policies: Record<Slot, unknown> = {
    identity: [],
    resource: null,
    permissionBoundary: null,
    scps: null,
    rcps: null,
    session: null,
    vpcEndpoint: null,
  };
  if (slot === "identity") policies.identity = [policy];
  else if (slot === "scps" || slot === "rcps") policies[slot] = [[policy]];
  else policies[slot] = policy;
  const isTrust = kind === "trust";
  return {
    id,
    request: {
      principal: "arn:aws:iam::111122223333:user/example",
      action: isTrust ? "sts:AssumeRole" : "service:Action",
      resource: isTrust ? "arn:aws:iam::111122223333:role/example" : "*",
      context: {},
      resourceAccount: "111122223333",
      principalAccount: "111122223333",
    },
    policies,
  };
}
