import { TYPE_ERROR, plain, type OperatorFamilyImpl } from "./family";

function parseBool(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  return t === "true" ? true : t === "false" ? false : undefined;
}

/**
 * `Bool`: compares `true` / `false` (case-insensitive). Source:
 * reference_policies_elements_condition_operators.html#Conditions_Boolean
 */
export const boolFamily: OperatorFamilyImpl<boolean> = {
  family: "bool",
  supportsVariables: false,
  prepare(value) {
    return parseBool(plain(value)) ?? TYPE_ERROR;
  },
  test(_op, policy, v) {
    const b = parseBool(v);
    return b === undefined ? TYPE_ERROR : b === policy;
  },
};
