import { TYPE_ERROR, plain, type OperatorFamilyImpl } from "./family";
import { compare } from "./numeric-family";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an IAM date: ISO 8601 (a date, or a date-time; no zone means UTC) or epoch seconds.
 * Returns epoch milliseconds, or undefined when the value is not a date.
 */
export function parseDate(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const m = ISO.exec(t);
  if (!m) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", zone = "Z"] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? Math.round(Number(frac) * 1000) : 0);
  if (Number.isNaN(ms) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59) return undefined;
  if (zone === "Z") return ms;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
  return ms - sign * offset;
}

/**
 * Date operators (`DateEquals`, `DateLessThan`, ...), comparing instants.
 * Source: reference_policies_elements_condition_operators.html#Conditions_Date
 */
export const dateFamily: OperatorFamilyImpl<number> = {
  family: "date",
  supportsVariables: false,
  prepare(value) {
    return parseDate(plain(value)) ?? TYPE_ERROR;
  },
  test(op, policy, v) {
    const n = parseDate(v);
    if (n === undefined) return TYPE_ERROR;
    return compare(op, n, policy);
  },
};
