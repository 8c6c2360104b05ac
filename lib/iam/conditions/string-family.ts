import { compileGlob, matchGlob, type CompiledGlob } from "../match/glob";
import { plain, type OperatorFamilyImpl } from "./family";

interface PreparedString {
  text: string;
  lower: string;
  glob?: CompiledGlob;
  globIgnoreCase?: CompiledGlob;
}

/**
 * String operators: `StringEquals` (case-sensitive), `StringEqualsIgnoreCase`, `StringLike`
 * (case-sensitive, `*` and `?`). Source: reference_policies_elements_condition_operators.html#Conditions_String
 */
export const stringFamily: OperatorFamilyImpl<PreparedString> = {
  family: "string",
  supportsVariables: true,
  prepare(value, op) {
    const text = plain(value);
    const p: PreparedString = { text, lower: text.toLowerCase() };
    if (op === "StringLike") {
      p.glob = compileGlob(value, false);
      p.globIgnoreCase = compileGlob(value, true);
    }
    return p;
  },
  test(op, p, v) {
    switch (op) {
      case "StringEquals":
        return v === p.text;
      case "StringEqualsIgnoreCase":
        return v.toLowerCase() === p.lower;
      default:
        return p.glob ? matchGlob(p.glob, v) : v === p.text;
    }
  },
  matchesIgnoringCase(op, p, v) {
    if (op === "StringLike" && p.globIgnoreCase) return matchGlob(p.globIgnoreCase, v.toLowerCase());
    return v.toLowerCase() === p.lower;
  },
};
