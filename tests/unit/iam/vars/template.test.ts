import { describe, expect, it } from "vitest";
import { evaluate, parseTemplate, resolveTemplate } from "@/lib/iam";

// Policy variables, defaults and special characters. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
function resolve(source: string, ctx: Record<string, string>) {
  const lower = Object.fromEntries(Object.entries(ctx).map(([k, v]) => [k.toLowerCase(), v]));
  return resolveTemplate(parseTemplate(source), (k) => lower[k]);
}

describe("policy variables", () => {
  it("replaces a variable with the context value", () => {
    expect(resolve("home/${aws:username}/*", { "aws:username": "dana" }).pieces.map((p) => p.text).join("")).toBe("home/dana/*");
  });
  it("looks variable names up case-insensitively", () => {
    expect(resolve("${AWS:UserName}", { "aws:username": "dana" }).unresolved).toEqual([]);
  });
  it("uses the default when the key is missing", () => {
    const r = resolve("${aws:PrincipalTag/team, 'company-wide'}", {});
    expect(r.pieces.map((p) => p.text).join("")).toBe("company-wide");
    expect(r.resolved[0]?.usedDefault).toBe(true);
  });
  it("records a variable without value or default as unresolved", () => {
    expect(resolve("${aws:username}", {}).unresolved).toEqual(["aws:username"]);
  });
  it.each([
    ["${*}", "*"],
    ["${?}", "?"],
    ["${$}", "$"],
  ])("turns `%s` into a literal `%s`", (source, literal) => {
    const r = resolve(source, {});
    expect(r.pieces).toEqual([{ text: literal, literal: true }]);
  });
  it("keeps substituted values literal (not wildcards)", () => {
    expect(resolve("${aws:username}", { "aws:username": "a*" }).pieces).toEqual([{ text: "a*", literal: true }]);
  });
  it("leaves text without variables alone", () => {
    expect(parseTemplate("arn:aws:s3:::bucket/*").parts).toBeNull();
  });
});

function scenario(version: string | undefined, resource: string) {
  const doc: Record<string, unknown> = { Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: resource }] };
  if (version) doc.Version = version;
  return {
    request: {
      principal: "arn:aws:iam::111122223333:user/dana",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::home/dana/notes.txt",
      context: { "aws:username": "dana" },
    },
    policies: { identity: [doc] },
  };
}

describe("variables in evaluation", () => {
  it("resolves variables in Resource with Version 2012-10-17", () => {
    expect(evaluate(scenario("2012-10-17", "arn:aws:s3:::home/${aws:username}/*")).decision).toBe("Allow");
  });
  it("treats variables literally with Version 2008-10-17", () => {
    expect(evaluate(scenario("2008-10-17", "arn:aws:s3:::home/${aws:username}/*")).decision).toBe("ImplicitDeny");
  });
  it("treats variables literally when Version is missing", () => {
    expect(evaluate(scenario(undefined, "arn:aws:s3:::home/${aws:username}/*")).decision).toBe("ImplicitDeny");
  });
  it("records VARIABLE_UNRESOLVED in the trace when the key is missing", () => {
    const s = scenario("2012-10-17", "arn:aws:s3:::home/${aws:PrincipalTag/team}/*");
    const r = evaluate(s, { trace: true });
    expect(r.decision).toBe("ImplicitDeny");
    expect(r.trace?.policies[0]?.statements[0]?.resource.reason).toBe("VARIABLE_UNRESOLVED");
  });
});
