import { describe, expect, it } from "vitest";
import { KeyMatcher, globToRegExp, keyTemplateToRegExp } from "@/lib/iam/catalog/key-matcher";

describe("key templates", () => {
  it.each([
    ["aws:RequestTag/${TagKey}", "aws:RequestTag/team"],
    ["aws:PrincipalTag/tag-key", "aws:principaltag/cost-center"],
    ["s3:ExistingObjectTag/<key>", "s3:ExistingObjectTag/owner"],
    ["agent.${Domain}.buildkite.dev:cluster_id", "agent.acme.buildkite.dev:cluster_id"],
  ])("`%s` matches `%s`", (template, key) => {
    expect(keyTemplateToRegExp(template).test(key)).toBe(true);
  });

  it("requires a non-empty variable part", () => {
    expect(keyTemplateToRegExp("aws:RequestTag/${TagKey}").test("aws:RequestTag/")).toBe(false);
  });

  it("escapes regular-expression characters", () => {
    expect(keyTemplateToRegExp("codebuild:source.location").test("codebuild:sourceXlocation")).toBe(false);
  });

  it("finds the type of a concrete key", () => {
    const m = new KeyMatcher();
    m.add("iam:ResourceTag/${TagKey}", "String");
    m.add("iam:PassedToService", "String");
    expect([m.find("iam:resourcetag/team")?.type, m.has("iam:passedtoservice"), m.has("iam:Other")]).toEqual(["String", true, false]);
  });
});

describe("globToRegExp", () => {
  it.each([
    ["s3:Get*", "s3:GetObject", true],
    ["s3:Get?bject", "s3:GetObject", true],
    ["s3:Get*", "s3:PutObject", false],
    ["s3:get.*", "s3:getXobject", false],
  ])("`%s` against `%s` is %s", (pattern, text, expected) => {
    expect(globToRegExp(pattern).test(text)).toBe(expected);
  });
});
