import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyKind } from "@/lib/iam";

// Grammar of IAM JSON policies. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
const allow = { Effect: "Allow", Action: "s3:GetObject", Resource: "*" };

function codes(input: unknown, kind?: PolicyKind): string[] {
  return parsePolicy(input, kind ? { kind } : {}).diagnostics.map((d) => d.code);
}

describe("parsePolicy", () => {
  it("normalizes a single statement object and string elements to arrays", () => {
    const r = parsePolicy({ Version: "2012-10-17", Statement: allow });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.policy.statements[0]).toMatchObject({ index: 0, path: "Statement", effect: "Allow", action: ["s3:GetObject"], resource: ["*"] });
    }
  });

  it("converts JSON numbers and booleans in condition values to strings", () => {
    const r = parsePolicy({ Version: "2012-10-17", Statement: [{ ...allow, Condition: { NumericLessThan: { "s3:max-keys": 10 }, Bool: { "aws:SecureTransport": true } } }] });
    expect(r.ok && r.policy.statements[0]?.conditions.map((c) => c.values)).toEqual([["10"], ["true"]]);
  });

  it("splits operators into qualifier, base operator and IfExists", () => {
    const r = parsePolicy({ Version: "2012-10-17", Statement: [{ ...allow, Condition: { "ForAnyValue:StringLikeIfExists": { "aws:TagKeys": "env*" } } }] });
    expect(r.ok && r.policy.statements[0]?.conditions[0]).toMatchObject({ baseOperator: "StringLike", setQualifier: "ForAnyValue", ifExists: true, path: "Statement[0].Condition.ForAnyValue:StringLikeIfExists.aws:TagKeys" });
  });

  it("warns about a missing Version and treats it as 2008-10-17", () => {
    const r = parsePolicy({ Statement: [allow] });
    expect(r.ok && r.policy.version).toBe("2008-10-17");
    expect(codes({ Statement: [allow] })).toContain("MISSING_VERSION");
  });

  it.each<[string, unknown, string, PolicyKind | undefined]>([
    ["invalid JSON text", "{", "INVALID_JSON", undefined],
    ["a policy that is not an object", [], "POLICY_NOT_OBJECT", undefined],
    ["an unknown top-level element", { Version: "2012-10-17", Statement: [allow], Foo: 1 }, "UNKNOWN_ELEMENT", undefined],
    ["an invalid Version", { Version: "2024-01-01", Statement: [allow] }, "INVALID_VERSION", undefined],
    ["no Statement", { Version: "2012-10-17" }, "MISSING_STATEMENT", undefined],
    ["an unknown statement element", { Version: "2012-10-17", Statement: [{ ...allow, Actions: "x" }] }, "UNKNOWN_ELEMENT", undefined],
    ["an invalid Effect", { Version: "2012-10-17", Statement: [{ ...allow, Effect: "allow" }] }, "INVALID_EFFECT", undefined],
    ["a missing Effect", { Version: "2012-10-17", Statement: [{ Action: "s3:*", Resource: "*" }] }, "MISSING_EFFECT", undefined],
    ["both Action and NotAction", { Version: "2012-10-17", Statement: [{ ...allow, NotAction: "s3:*" }] }, "ACTION_AND_NOT_ACTION", undefined],
    ["neither Action nor NotAction", { Version: "2012-10-17", Statement: [{ Effect: "Allow", Resource: "*" }] }, "MISSING_ACTION", undefined],
    ["both Resource and NotResource", { Version: "2012-10-17", Statement: [{ ...allow, NotResource: "*" }] }, "RESOURCE_AND_NOT_RESOURCE", undefined],
    ["no Resource in an identity policy", { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*" }] }, "MISSING_RESOURCE", "identity"],
    ["Principal in an identity policy", { Version: "2012-10-17", Statement: [{ ...allow, Principal: "*" }] }, "PRINCIPAL_NOT_ALLOWED", "identity"],
    ["Principal in an SCP", { Version: "2012-10-17", Statement: [{ ...allow, Principal: "*" }] }, "PRINCIPAL_NOT_ALLOWED", "scp"],
    ["no Principal in a resource policy", { Version: "2012-10-17", Statement: [allow] }, "MISSING_PRINCIPAL", "resource"],
    ["no Principal in a trust policy", { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole" }] }, "MISSING_PRINCIPAL", "trust"],
    ["an unknown principal type", { Version: "2012-10-17", Statement: [{ ...allow, Principal: { User: "x" } }] }, "UNKNOWN_PRINCIPAL_TYPE", "resource"],
    ["a partial wildcard in a principal", { Version: "2012-10-17", Statement: [{ ...allow, Principal: { AWS: "arn:aws:iam::*:root" } }] }, "INVALID_PRINCIPAL_WILDCARD", "resource"],
    ["an empty Action array", { Version: "2012-10-17", Statement: [{ ...allow, Action: [] }] }, "EMPTY_ARRAY", undefined],
    ["a wrong type", { Version: "2012-10-17", Statement: [{ ...allow, Action: 5 }] }, "WRONG_TYPE", undefined],
    ["an action without a service", { Version: "2012-10-17", Statement: [{ ...allow, Action: "GetObject" }] }, "INVALID_ACTION", undefined],
    ["an unknown condition operator", { Version: "2012-10-17", Statement: [{ ...allow, Condition: { StringEqual: { a: "b" } } }] }, "UNKNOWN_CONDITION_OPERATOR", undefined],
    ["a duplicate Sid", { Version: "2012-10-17", Statement: [{ ...allow, Sid: "A" }, { ...allow, Sid: "A" }] }, "DUPLICATE_SID", undefined],
  ])("reports %s", (_name, input, code, kind) => {
    expect(codes(input, kind)).toContain(code);
  });

  it("never throws on a cyclic object", () => {
    const cyclic: Record<string, unknown> = { Version: "2012-10-17" };
    cyclic.Statement = cyclic;
    expect(() => parsePolicy(cyclic)).not.toThrow();
  });

  it("gives lowercase messages without a trailing period", () => {
    for (const d of parsePolicy({ Version: "x", Statement: [{ Effect: "allow" }] }).diagnostics) {
      expect(d.message[0]).toBe(d.message[0]?.toLowerCase());
      expect(d.message.endsWith(".")).toBe(false);
    }
  });

  it("returns warnings alongside an ok result", () => {
    const r = parsePolicy({ Statement: [allow] });
    expect(r.ok).toBe(true);
    expect(r.diagnostics.every((d) => d.severity === "warning")).toBe(true);
  });
});
