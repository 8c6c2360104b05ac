import { TYPE_ERROR, plain, type OperatorFamilyImpl } from "./family";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * `BinaryEquals`: compares base-64 encoded values byte for byte (equal canonical encodings).
 * Source: reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 */
export const binaryFamily: OperatorFamilyImpl<string> = {
  family: "binary",
  supportsVariables: false,
  prepare(value) {
    const t = plain(value).trim();
    return BASE64.test(t) ? t : TYPE_ERROR;
  },
  test(_op, policy, v) {
    const t = v.trim();
    return BASE64.test(t) ? t === policy : TYPE_ERROR;
  },
};
