/**
 * Scenario helpers for evaluator-backed questions: the statement list of the spot picker, and how
 * a write question's learner policy and cases become scenarios.
 */
import { compileScenarioPolicies, type CompiledPolicies, type CompiledPolicy, type Effect, type PolicySlot } from "@/lib/iam";
import type { PartialRequest, ScenarioPolicies, WriteSlot } from "./schema-parts";
import type { WriteQuestion } from "./schema-types";

/** One statement of a scenario, as offered by the spot-the-statement picker. */
export interface StatementChoice {
  /** e.g. `policies.identity[0].Statement[1]` (the evaluator's `decidedBy` path syntax). */
  path: string;
  /** The Sid, or the effect and first action (e.g. `Deny s3:DeleteObject`). */
  label: string;
  policyType: PolicySlot;
  effect?: Effect;
  sid?: string;
  /** False when the statement is invalid and the evaluator skips it. */
  valid: boolean;
}

function firstAction(actions: readonly string[] | undefined, notActions: readonly string[] | undefined): string {
  if (actions?.[0] !== undefined) return actions[0];
  if (notActions?.[0] !== undefined) return `NotAction ${notActions[0]}`;
  return "(no action)";
}

function policyChoices(policy: CompiledPolicy): StatementChoice[] {
  const out: StatementChoice[] = policy.statements.map(({ stmt, ref }) => {
    const choice: StatementChoice = {
      path: ref.path,
      label: stmt.sid ?? `${stmt.effect} ${firstAction(stmt.action, stmt.notAction)}`,
      policyType: ref.policyType,
      effect: ref.effect,
      valid: true,
    };
    if (stmt.sid !== undefined) choice.sid = stmt.sid;
    return choice;
  });
  for (const s of policy.skipped) out.push({ path: s.path, label: "(invalid statement)", policyType: policy.slot, valid: false });
  return out;
}

function allPolicies(compiled: CompiledPolicies): CompiledPolicy[] {
  const singles = [compiled.resource, compiled.permissionBoundary, compiled.session, compiled.vpcEndpoint];
  return [
    ...(compiled.scps ?? []).flat(),
    ...(compiled.rcps ?? []).flat(),
    ...compiled.identity,
    ...singles.filter((p): p is CompiledPolicy => p !== null),
  ];
}

/**
 * Every statement path of a scenario's policies with a short label (Sid, or effect and first
 * action), for the spot-the-statement picker. Order: SCPs, RCPs, identity, resource, boundary,
 * session, VPC endpoint; statements in document order. Never throws.
 */
export function listStatements(scenario: { policies?: unknown }): StatementChoice[] {
  const compiled = compileScenarioPolicies(scenario.policies);
  return allPolicies(compiled).flatMap(policyChoices);
}

/**
 * The scenario policies of a write question with the learner's policy in its slot: appended to
 * `identity`; replacing `resource`, `permissionBoundary` or `session`; or added as the last
 * (account) level of `scps`.
 */
export function withLearnerPolicy(policies: ScenarioPolicies, slot: WriteSlot, doc: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...policies };
  switch (slot) {
    case "identity":
      out.identity = [...(policies.identity ?? []), doc];
      break;
    case "resource":
      out.resource = doc;
      break;
    case "boundary":
      out.permissionBoundary = doc;
      break;
    case "session":
      out.session = doc;
      break;
    case "scp":
      out.scps = [...(policies.scps ?? []), [doc]];
      break;
  }
  return out;
}

/** The scenario field a write slot fills. */
export function slotField(slot: WriteSlot): keyof ScenarioPolicies {
  return slot === "boundary" ? "permissionBoundary" : slot === "scp" ? "scps" : slot;
}

/**
 * A case's full request: its fields over `base.request` (a shallow merge, so a case that sets
 * `context` replaces the whole base context).
 */
export function caseRequest(question: Pick<WriteQuestion, "base">, request: PartialRequest): PartialRequest {
  return { ...question.base.request, ...request };
}
