import { describe, expect, it } from "vitest";
import { compileScenarioPolicies, evaluate, evaluateCompiled, GATE_ORDER } from "@/lib/iam";
import { allow, deny, doc, scenario } from "./helpers";

describe("result shape", () => {
  it("names the deciding statements with their JSON path", () => {
    const s = scenario({ policies: { identity: [doc(allow("s3:*")), doc({ ...deny("s3:GetObject"), Sid: "NoReads" })] } });
    expect(evaluate(s).decidedBy).toEqual([
      { policyType: "identity", policyIndex: 1, statementIndex: 0, sid: "NoReads", path: "policies.identity[1].Statement[0]", effect: "Deny" },
    ]);
  });

  it("lists gates in AWS's evaluation order", () => {
    const r = evaluate(scenario({ policies: { identity: [doc(allow("s3:*"))] } }));
    const order = r.gates.map((g) => GATE_ORDER.indexOf(g.gate));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("builds no trace unless asked", () => {
    expect(evaluate(scenario({})).trace).toBeUndefined();
  });

  it("traces every statement with per-key condition values", () => {
    const stmt = allow("s3:GetObject", "*", { Condition: { StringEquals: { "aws:PrincipalTag/team": "blue" } } });
    const r = evaluate(scenario({ context: { "aws:PrincipalTag/team": "red" }, policies: { identity: [doc(stmt)] } }), { trace: true });
    const t = r.trace?.policies[0]?.statements[0];
    expect(t?.reason).toBe("CONDITION_FAILED");
    expect(t?.conditions[0]).toMatchObject({ key: "aws:PrincipalTag/team", contextValues: ["red"], policyValues: ["blue"], ok: false });
  });

  it("records NOT_ACTION_EXCLUDED and NOT_RESOURCE_EXCLUDED", () => {
    const r = evaluate(scenario({ policies: { identity: [doc({ Effect: "Allow", NotAction: "s3:*", Resource: "*" }, { Effect: "Allow", Action: "*", NotResource: "arn:aws:s3:::team-data/*" })] } }), { trace: true });
    expect(r.trace?.policies[0]?.statements.map((s) => s.reason)).toEqual(["NOT_ACTION_EXCLUDED", "NOT_RESOURCE_EXCLUDED"]);
  });

  it("records CASE_MISMATCH for a resource that differs only in case", () => {
    const r = evaluate(scenario({ policies: { identity: [doc(allow("s3:GetObject", "arn:aws:s3:::Team-Data/*"))] } }), { trace: true });
    expect(r.trace?.policies[0]?.statements[0]?.reason).toBe("CASE_MISMATCH");
  });

  it("skips an invalid statement, records it, and evaluates the others", () => {
    const r = evaluate(scenario({ policies: { identity: [doc({ Effect: "Maybe", Action: "s3:*", Resource: "*" }, allow("s3:GetObject"))] } }), { trace: true });
    expect(r.decision).toBe("Allow");
    expect(r.trace?.policies[0]?.skipped[0]).toMatchObject({ statementIndex: 0, reason: "SKIPPED_INVALID" });
    expect(r.diagnostics.map((d) => d.path)).toContain("policies.identity[0].Statement[0].Effect");
  });
});

describe("flip hints", () => {
  it("name the gate that lacked an Allow and a statement that failed by one element", () => {
    const r = evaluate(scenario({ policies: { identity: [doc(allow("s3:PutObject"))] } }), { flip: true });
    expect(r.flip).toContainEqual({ kind: "gate-needs-allow", gate: "identity" });
    expect(r.flip).toContainEqual(expect.objectContaining({ kind: "near-miss", element: "action" }));
  });

  it("name context keys that were missing", () => {
    const stmt = allow("s3:GetObject", "*", { Condition: { StringEquals: { "aws:SourceVpc": "vpc-1" } } });
    const r = evaluate(scenario({ policies: { identity: [doc(stmt)] } }), { flip: true });
    expect(r.flip).toContainEqual(expect.objectContaining({ kind: "missing-context-key", key: "aws:SourceVpc" }));
  });

  it("name the deny statements for an explicit deny", () => {
    const r = evaluate(scenario({ policies: { identity: [doc(deny("s3:*"))] } }), { flip: true });
    expect(r.flip).toEqual([expect.objectContaining({ kind: "remove-deny" })]);
  });

  it("are opt-in for evaluate: computed with flip or trace only", () => {
    const s = scenario({ policies: { identity: [doc(allow("s3:PutObject"))] } });
    expect(evaluate(s).flip).toBeUndefined();
    expect(evaluate(s, { flip: false }).flip).toBeUndefined();
    expect(evaluate(s, { trace: true }).flip).toEqual(evaluate(s, { flip: true }).flip);
  });

  it("are not computed by evaluateCompiled unless asked", () => {
    const compiled = compileScenarioPolicies({ identity: [] });
    const req = scenario({}).request;
    expect(evaluateCompiled(compiled, req).flip).toBeUndefined();
    expect(evaluateCompiled(compiled, req, { flip: true }).flip).toBeDefined();
  });
});

describe("scenario validation", () => {
  it.each([
    ["a string", "nope", ""],
    ["a missing request", { policies: {} }, "request"],
    ["a request without action", { request: { principal: "p", resource: "r" }, policies: {} }, "request.action"],
    ["a context value of the wrong type", { request: { principal: "p", action: "s3:x", resource: "r", context: { k: { a: 1 } } }, policies: {} }, "request.context.k"],
    ["identity policies that are not an array", { request: { principal: "p", action: "s3:x", resource: "r" }, policies: { identity: {} } }, "policies.identity"],
    ["SCP levels that are not arrays", { request: { principal: "p", action: "s3:x", resource: "r" }, policies: { scps: [{}] } }, "policies.scps[0]"],
  ])("reports %s with its JSON path", (_name, input, path) => {
    const r = evaluate(input);
    expect(r.decision).toBe("ImplicitDeny");
    expect(r.diagnostics.map((d) => d.path)).toContain(path);
  });

  it("adds a diagnostic for a condition value of the wrong type", () => {
    const stmt = allow("s3:GetObject", "*", { Condition: { NumericLessThan: { "s3:max-keys": "ten" } } });
    const r = evaluate(scenario({ context: { "s3:max-keys": "5" }, policies: { identity: [doc(stmt)] } }));
    expect(r.diagnostics.map((d) => d.code)).toContain("CONDITION_TYPE_MISMATCH");
  });

  it("accepts policies given as JSON text", () => {
    const s = scenario({ policies: { identity: [JSON.stringify(doc(allow("s3:GetObject")))] } });
    expect(evaluate(s).decision).toBe("Allow");
  });
});

describe("compiled policies", () => {
  it("evaluate many requests against the same compiled policies", () => {
    const compiled = compileScenarioPolicies({ identity: [doc(allow("s3:Get*"))] });
    const base = scenario({}).request as Record<string, unknown>;
    expect(evaluateCompiled(compiled, base).decision).toBe("Allow");
    expect(evaluateCompiled(compiled, { ...base, action: "s3:PutObject" }).decision).toBe("ImplicitDeny");
  });
});
