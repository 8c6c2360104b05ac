import { describe, expect, it } from "vitest";
import { isArnLike, isBoolean, isDate, isIpRange, isNumeric } from "@/lib/iam/lint/value-formats";

describe("value formats", () => {
  it.each([["42"], ["-1"], ["3.5"], ["0"]])("`%s` is numeric", (v) => expect(isNumeric(v)).toBe(true));
  it.each([["abc"], [""], ["1e5"], ["4 2"]])("`%s` is not numeric", (v) => expect(isNumeric(v)).toBe(false));

  it.each([["2026-01-01"], ["2026-01-01T00:00:00Z"], ["2026-01-01T10:30:00+02:00"], ["1767225600"]])("`%s` is a date", (v) =>
    expect(isDate(v)).toBe(true),
  );
  it.each([["tomorrow"], ["2026-13-45"], ["01/02/2026"]])("`%s` is not a date", (v) => expect(isDate(v)).toBe(false));

  it.each([["203.0.113.0/24"], ["203.0.113.5"], ["2001:db8::/32"], ["::1"], ["2001:db8:0:0:0:0:0:1/128"], ["::ffff:203.0.113.5"]])(
    "`%s` is an ip range",
    (v) => expect(isIpRange(v)).toBe(true),
  );
  it.each([["10.0.0.256"], ["10.0.0.0/33"], ["not-an-ip"], ["2001:db8:::1"], ["10.0.0.0/24/1"]])("`%s` is not an ip range", (v) =>
    expect(isIpRange(v)).toBe(false),
  );

  it.each([["true"], ["FALSE"]])("`%s` is a boolean", (v) => expect(isBoolean(v)).toBe(true));
  it.each([["yes"], ["1"]])("`%s` is not a boolean", (v) => expect(isBoolean(v)).toBe(false));

  it.each([["arn:aws:iam::111122223333:role/*"], ["*"]])("`%s` is arn-like", (v) => expect(isArnLike(v)).toBe(true));
  it("a bare account id is not arn-like", () => expect(isArnLike("111122223333")).toBe(false));
});
