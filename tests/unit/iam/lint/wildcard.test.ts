import { describe, expect, it } from "vitest";
import { covers } from "@/lib/iam/lint/wildcard";

describe("covers", () => {
  it.each([
    ["*", "s3:GetObject"],
    ["s3:*", "s3:Get*"],
    ["s3:Get*", "s3:GetObject"],
    ["s3:Get*", "s3:GetObj?ct"],
    ["s3:Get?bject", "s3:GetObject"],
    ["s3:*Object", "s3:*Object"],
    ["a*b*c", "a*xb*c"],
    ["S3:GETOBJECT", "s3:getobject"],
  ])("`%s` covers `%s` (actions)", (outer, inner) => {
    expect(covers(outer, inner, true)).toBe(true);
  });

  it.each([
    ["s3:Get*", "s3:*"],
    ["s3:GetObject", "s3:Get*"],
    ["s3:Get?bject", "s3:Get*bject"],
    ["s3:GetObject", "s3:GetObjec?"],
    ["s3:Get*", "s3:PutObject"],
    ["a*b", "a*"],
  ])("`%s` does not cover `%s`", (outer, inner) => {
    expect(covers(outer, inner, true)).toBe(false);
  });

  it("compares case-sensitively for resources", () => {
    expect(covers("arn:aws:s3:::Reports/*", "arn:aws:s3:::reports/q1", false)).toBe(false);
  });
});
