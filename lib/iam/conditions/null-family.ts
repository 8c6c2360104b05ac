import { TYPE_ERROR, plain, type OperatorFamilyImpl } from "./family";

/**
 * `Null`: `true` holds when the key is absent, `false` when it is present. The clause evaluator
 * decides presence; this family only parses the policy value. Source:
 * reference_policies_elements_condition_operators.html#Conditions_Null
 */
export const nullFamily: OperatorFamilyImpl<boolean> = {
  family: "null",
  supportsVariables: false,
  prepare(value) {
    const t = plain(value).trim().toLowerCase();
    return t === "true" ? true : t === "false" ? false : TYPE_ERROR;
  },
  test() {
    return false;
  },
};
