import { compileArnPattern, matchArnPattern, type CompiledArnPattern } from "../match/arn";
import type { OperatorFamilyImpl } from "./family";

interface PreparedArn {
  exact: CompiledArnPattern;
  loose: CompiledArnPattern;
}

/**
 * `ArnEquals` / `ArnLike`: case-sensitive; each of the six colon-delimited parts is matched
 * separately and may use `*` and `?`. Source:
 * reference_policies_elements_condition_operators.html#Conditions_ARN
 */
export const arnFamily: OperatorFamilyImpl<PreparedArn> = {
  family: "arn",
  supportsVariables: true,
  prepare(value) {
    const lowered = value.map((p) => ({ text: p.text.toLowerCase(), literal: p.literal }));
    return { exact: compileArnPattern(value, false), loose: compileArnPattern(lowered, false) };
  },
  test(_op, p, v) {
    return matchArnPattern(p.exact, v);
  },
  matchesIgnoringCase(_op, p, v) {
    return matchArnPattern(p.loose, v.toLowerCase());
  },
};
