import type { ConditionClause, SetQualifier } from "../types";
import { lookupBaseOperator } from "../conditions/operator-names";
import { DIAGNOSTIC_CODES as C } from "./codes";
import { ParseContext, join } from "./context";
import type { JsonNode } from "./json-ast";

/** An operator split into its parts. */
export interface OperatorParts {
  baseOperator: string;
  setQualifier?: SetQualifier;
  ifExists: boolean;
}

const QUALIFIER = /^(ForAllValues|ForAnyValue):(.*)$/i;

/** Splits `ForAnyValue:StringLikeIfExists` into its parts; undefined if the base is unknown. */
export function splitOperator(operator: string): OperatorParts | undefined {
  let rest = operator;
  let setQualifier: SetQualifier | undefined;
  const q = QUALIFIER.exec(rest);
  if (q) {
    setQualifier = (q[1] ?? "").toLowerCase() === "forallvalues" ? "ForAllValues" : "ForAnyValue";
    rest = q[2] ?? "";
  }
  let ifExists = false;
  let base = lookupBaseOperator(rest);
  if (!base && rest.toLowerCase().endsWith("ifexists")) {
    base = lookupBaseOperator(rest.slice(0, -"IfExists".length));
    ifExists = true;
  }
  // INVARIANT: `Null` has no IfExists form (it tests existence itself).
  if (!base || (ifExists && base.name === "Null")) return undefined;
  const parts: OperatorParts = { baseOperator: base.name, ifExists };
  if (setQualifier) parts.setQualifier = setQualifier;
  return parts;
}

function canonicalName(parts: OperatorParts): string {
  return `${parts.setQualifier ? `${parts.setQualifier}:` : ""}${parts.baseOperator}${parts.ifExists ? "IfExists" : ""}`;
}

/** Parses a `Condition` block into clauses; returns undefined when any clause is unusable. */
export function parseConditionBlock(node: JsonNode, path: string, ctx: ParseContext): ConditionClause[] | undefined {
  ctx.mark(path, node);
  const operators = ctx.members(node, path, "`Condition`");
  if (!operators) return undefined;
  if (operators.size === 0) ctx.warn(C.EMPTY_CONDITION, path, "`Condition` is empty", node.range);
  const clauses: ConditionClause[] = [];
  let ok = true;
  for (const [operator, opEntry] of operators) {
    const opPath = join(path, operator);
    ctx.mark(opPath, opEntry.value);
    const parts = splitOperator(operator);
    if (!parts) {
      ctx.error(C.UNKNOWN_CONDITION_OPERATOR, opPath, `unknown condition operator \`${operator}\``, opEntry.keyRange);
      ok = false;
      continue;
    }
    const canonical = canonicalName(parts);
    if (canonical !== operator) {
      ctx.warn(C.CONDITION_OPERATOR_CASE, opPath, `condition operator \`${operator}\` is not written as AWS documents it`, opEntry.keyRange, `write \`${canonical}\``);
    }
    const keys = ctx.members(opEntry.value, opPath, `\`${operator}\``);
    if (!keys) {
      ok = false;
      continue;
    }
    if (keys.size === 0) ctx.warn(C.EMPTY_CONDITION, opPath, `\`${operator}\` has no condition keys`, opEntry.value.range);
    for (const [key, keyEntry] of keys) {
      const keyPath = join(opPath, key);
      const values = ctx.stringList(keyEntry.value, keyPath, { coerce: true, element: `${operator}.${key}` });
      if (!values) {
        ok = false;
        continue;
      }
      const clause: ConditionClause = { operator, ...parts, key, values, path: keyPath };
      if (keyEntry.value.range) clause.range = keyEntry.value.range;
      clauses.push(clause);
    }
  }
  return ok ? clauses : undefined;
}
