/**
 * Value formats of condition operators: numbers, dates, IP ranges, booleans, ARNs and base64.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

/** A number as the numeric operators accept it (integer or decimal). */
export function isNumeric(value: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date as the date operators accept it: ISO 8601 (W3C profile) or epoch seconds. */
export function isDate(value: string): boolean {
  if (/^\d+$/.test(value)) return true;
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

function isIpv4(text: string): boolean {
  const parts = text.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIpv6(text: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return false;
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === "" ? [] : h.split(":")));
  const last = groups[groups.length - 1] ?? "";
  const v4Tail = last.includes(".");
  if (v4Tail && !isIpv4(last)) return false;
  const hex = v4Tail ? groups.slice(0, -1) : groups;
  if (!hex.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = hex.length + (v4Tail ? 2 : 0);
  return halves.length === 2 ? count < 8 : count === 8;
}

/** An IPv4 or IPv6 address or CIDR block as `IpAddress` accepts it. */
export function isIpRange(value: string): boolean {
  const [address = "", prefix, extra] = value.split("/");
  if (extra !== undefined) return false;
  const v4 = isIpv4(address);
  if (!v4 && !isIpv6(address)) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (v4 ? 32 : 128);
}

/** `true` or `false` (case-insensitive, as `Bool` and `Null` compare). */
export function isBoolean(value: string): boolean {
  const v = value.toLowerCase();
  return v === "true" || v === "false";
}

/** Something an ARN operator can match: an ARN (pattern) or a bare wildcard. */
export function isArnLike(value: string): boolean {
  return value.startsWith("arn:") || /^[*?]+$/.test(value);
}

/** Base64 text as `BinaryEquals` expects. */
export function isBase64(value: string): boolean {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(value) && value.length % 4 === 0;
}
