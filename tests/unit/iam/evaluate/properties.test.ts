import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/iam";

const actions = fc.constantFrom("s3:GetObject", "s3:PutObject", "s3:*", "*", "ec2:Describe*", "sts:AssumeRole", "kms:Decrypt");
const resources = fc.constantFrom("*", "arn:aws:s3:::b/*", "arn:aws:s3:::b/k", "arn:aws:s3:::other/*", "arn:aws:kms:eu-west-1:111122223333:key/k");
const principals = fc.constantFrom(
  "arn:aws:iam::111122223333:user/dana",
  "arn:aws:iam::111122223333:root",
  "arn:aws:sts::111122223333:assumed-role/R/s",
  "arn:aws:sts::111122223333:federated-user/f",
  "arn:aws:iam::444455556666:user/erin",
  "lambda.amazonaws.com",
  "anonymous",
);
const condition = fc.option(
  fc.record({ StringEquals: fc.record({ "aws:PrincipalTag/team": fc.constantFrom("blue", "red") }) }),
  { nil: undefined },
);
const principalEl = fc.constantFrom<unknown>("*", { AWS: "111122223333" }, { AWS: "arn:aws:iam::111122223333:user/dana" }, { AWS: "arn:aws:iam::111122223333:role/R" }, { Service: "lambda.amazonaws.com" });

function stmt(effect: "Allow" | "Deny", withPrincipal: boolean) {
  return fc.record({ a: actions, r: resources, c: condition, p: principalEl }).map(({ a, r, c, p }) => {
    const s: Record<string, unknown> = { Effect: effect, Action: a, Resource: r };
    if (c) s.Condition = c;
    if (withPrincipal) s.Principal = p;
    return s;
  });
}

const anyStmt = (withPrincipal: boolean) => fc.oneof(stmt("Allow", withPrincipal), stmt("Deny", withPrincipal));
const docOf = (withPrincipal: boolean) => fc.array(anyStmt(withPrincipal), { maxLength: 3 }).map((Statement) => ({ Version: "2012-10-17", Statement }));
const optDoc = (withPrincipal: boolean) => fc.option(docOf(withPrincipal), { nil: null });

const scenarioArb = fc.record({
  principal: principals,
  action: fc.constantFrom("s3:GetObject", "s3:PutObject", "kms:Decrypt", "sts:AssumeRole", "ec2:DescribeInstances"),
  resource: fc.constantFrom("arn:aws:s3:::b/k", "arn:aws:kms:eu-west-1:111122223333:key/k", "*"),
  team: fc.constantFrom("blue", "red"),
  identity: fc.array(docOf(false), { maxLength: 2 }),
  resourcePolicy: optDoc(true),
  boundary: optDoc(false),
  session: optDoc(false),
  scps: fc.option(fc.array(fc.array(docOf(false), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }), { nil: null }),
}).map((x) => ({
  request: { principal: x.principal, action: x.action, resource: x.resource, context: { "aws:PrincipalTag/team": x.team }, resourceAccount: "111122223333" },
  policies: { identity: x.identity, resource: x.resourcePolicy, permissionBoundary: x.boundary, session: x.session, scps: x.scps, rcps: null },
}));

type Scn = { policies: { identity: { Version: string; Statement: Record<string, unknown>[] }[] } };

describe("evaluate properties", () => {
  it("never throws on arbitrary JSON", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(() => evaluate(v)).not.toThrow();
    }), { numRuns: 500 });
  });

  it("never throws on scenario-shaped input with arbitrary JSON in places", () => {
    const arb = fc.record({ request: fc.oneof(fc.jsonValue(), fc.record({ principal: fc.string(), action: fc.string(), resource: fc.string(), context: fc.dictionary(fc.string(), fc.jsonValue()) })), policies: fc.dictionary(fc.constantFrom("identity", "resource", "scps", "rcps", "session", "permissionBoundary", "vpcEndpoint"), fc.jsonValue()) });
    fc.assert(fc.property(arb, (v) => {
      expect(["Allow", "ExplicitDeny", "ImplicitDeny"]).toContain(evaluate(v, { trace: true }).decision);
    }), { numRuns: 500 });
  });

  it("is deterministic", () => {
    fc.assert(fc.property(scenarioArb, (s) => {
      expect(evaluate(s, { trace: true })).toEqual(evaluate(s, { trace: true }));
    }), { numRuns: 300 });
  });

  it("gives the same decision with and without the trace", () => {
    fc.assert(fc.property(scenarioArb, (s) => {
      expect(evaluate(s, { trace: true }).decision).toBe(evaluate(s).decision);
    }), { numRuns: 500 });
  });

  it("never turns a denial into Allow when a Deny statement is added", () => {
    fc.assert(fc.property(scenarioArb, stmt("Deny", false), (s, d) => {
      const before = evaluate(s).decision;
      const withDeny = structuredClone(s) as Scn;
      withDeny.policies.identity.push({ Version: "2012-10-17", Statement: [d] });
      if (before !== "Allow") expect(evaluate(withDeny).decision).not.toBe("Allow");
    }), { numRuns: 500 });
  });

  it("never turns Allow into a denial when an Allow statement is added", () => {
    fc.assert(fc.property(scenarioArb, stmt("Allow", false), (s, a) => {
      const before = evaluate(s).decision;
      const withAllow = structuredClone(s) as Scn;
      withAllow.policies.identity.push({ Version: "2012-10-17", Statement: [a] });
      if (before === "Allow") expect(evaluate(withAllow).decision).toBe("Allow");
    }), { numRuns: 500 });
  });
});
