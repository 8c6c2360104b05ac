import { compileClause, evalClause, type ClauseOutcome } from "@/lib/iam/conditions/clause";
import { ContextView } from "@/lib/iam/evaluate/context-view";
import { splitOperator, type ContextValue, type PolicyVersion } from "@/lib/iam";

/** Evaluates one condition clause `{operator: {key: values}}` against a context. */
export function cond(
  operator: string,
  key: string,
  values: string | string[],
  context: Record<string, ContextValue>,
  version: PolicyVersion = "2012-10-17",
): ClauseOutcome {
  const parts = splitOperator(operator);
  if (!parts) throw new Error(`unknown operator ${operator}`);
  const clause = { operator, ...parts, key, values: Array.isArray(values) ? values : [values], path: "Statement[0].Condition" };
  const compiled = compileClause(clause, version);
  if (!compiled) throw new Error("not compiled");
  return evalClause(compiled, new ContextView(context), true);
}
