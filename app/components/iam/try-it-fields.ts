/**
 * The editable fields of a TryIt and how they come from a scenario. Kept apart from the evaluator
 * (try-it-engine.ts), so the island can build its fields without loading lib/iam.
 */

/** What the reader can edit. */
export interface TryItFields {
  principal: string;
  action: string;
  resource: string;
  /** JSON object text. */
  context: string;
  /** JSON object text: the scenario's `policies`. */
  policies: string;
  principalAccount: string;
  resourceAccount: string;
}

/** The part of a scenario a TryIt shows. */
export interface ScenarioLike {
  request?: Record<string, unknown>;
  policies?: unknown;
  organization?: unknown;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** The editable fields of a scenario. */
export function fieldsFromScenario(scenario: ScenarioLike): TryItFields {
  const r = scenario.request ?? {};
  return {
    principal: str(r.principal),
    action: str(r.action),
    resource: str(r.resource),
    context: JSON.stringify(r.context ?? {}, null, 2),
    policies: JSON.stringify(scenario.policies ?? {}, null, 2),
    principalAccount: str(r.principalAccount),
    resourceAccount: str(r.resourceAccount),
  };
}
