import { describe, expect, it } from "vitest";
import { compileScenarioPolicies, evaluate, evaluateCompiled } from "@/lib/iam";
import { ContextView } from "@/lib/iam/evaluate/context-view";
import { sameAsSnapshot, snapshot, UNSNAPPABLE, type Snap } from "@/lib/iam/evaluate/snapshot";
import { allow, deny, doc, scenario } from "./helpers";

// The compile caches key documents by object identity; a caller that mutates a policy object
// between calls must see the new policy, never a stale compile.
describe("compile cache and mutation", () => {
  it("sees an action changed in place", () => {
    const stmt = allow("s3:GetObject");
    const s = scenario({ policies: { identity: [doc(stmt)] } });
    expect(evaluate(s).decision).toBe("Allow");
    stmt.Action = "s3:PutObject";
    expect(evaluate(s).decision).toBe("ImplicitDeny");
    stmt.Action = ["s3:PutObject", "s3:GetObject"];
    expect(evaluate(s).decision).toBe("Allow");
    (stmt.Action as string[]).pop();
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });

  it("sees documents and statements added to or removed from reused objects", () => {
    const identity: Record<string, unknown>[] = [doc(allow("s3:GetObject"))];
    const policies = { identity };
    const s = scenario({ policies });
    expect(evaluate(s).decision).toBe("Allow");
    identity.push(doc(deny("s3:*")));
    expect(evaluate(s).decision).toBe("ExplicitDeny");
    (identity[1]?.Statement as unknown[]).length = 0;
    expect(evaluate(s).decision).toBe("Allow");
    Object.assign(s.policies as object, { permissionBoundary: doc(allow("ec2:*")) });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });

  it("sees a key added to a statement (unknown element becomes a diagnostic)", () => {
    const stmt = allow("s3:GetObject");
    const s = scenario({ policies: { identity: [doc(stmt)] } });
    expect(evaluate(s).diagnostics).toEqual([]);
    stmt.Bogus = 1;
    expect(evaluate(s).diagnostics.map((d) => d.path)).toContain("policies.identity[0].Statement[0].Bogus");
  });

  it("returns the same frozen compile while the policies are unchanged", () => {
    const policies = { identity: [doc(allow("s3:GetObject"))] };
    const a = compileScenarioPolicies(policies);
    expect(compileScenarioPolicies(policies)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.diagnostics)).toBe(true);
    policies.identity.push(doc(deny("s3:*")));
    expect(compileScenarioPolicies(policies)).not.toBe(a);
  });

  it("places a document shared by two slots at each slot's path", () => {
    const shared = doc({ Effect: "Allow", Action: "s3:*", Resource: "*", Sid: 7 });
    const r = evaluate(scenario({ policies: { identity: [shared], permissionBoundary: shared } }));
    const paths = r.diagnostics.map((d) => d.path);
    expect(paths).toContain("policies.identity[0].Statement[0].Sid");
    expect(paths).toContain("policies.permissionBoundary.Statement[0].Sid");
  });

  it("hands out diagnostics that callers may change without affecting later results", () => {
    const s = scenario({ policies: { identity: [{ Statement: [allow("s3:GetObject")] }] } });
    const first = evaluate(s);
    expect(first.diagnostics.length).toBeGreaterThan(0);
    const before = JSON.stringify(evaluate(s).diagnostics);
    first.diagnostics.push({ code: "INTERNAL_ERROR", message: "x", path: "", severity: "error" });
    if (first.diagnostics[0]) first.diagnostics[0].message = "changed";
    expect(JSON.stringify(evaluate(s).diagnostics)).toBe(before);
    const compiled = compileScenarioPolicies(s.policies);
    evaluateCompiled(compiled, s.request).diagnostics.push({ code: "INTERNAL_ERROR", message: "x", path: "", severity: "error" });
    expect(JSON.stringify(evaluateCompiled(compiled, s.request).diagnostics)).toBe(before);
  });

  it("keeps correct results for text documents beyond the text cache's bound", () => {
    for (let i = 0; i < 1100; i++) {
      const text = JSON.stringify(doc({ ...allow("s3:GetObject"), Sid: `S${i}` }));
      const s = scenario({ policies: { identity: [text] } });
      expect(evaluate(s).decidedBy[0]?.sid).toBe(`S${i}`);
    }
    const again = scenario({ policies: { identity: [JSON.stringify(doc({ ...allow("s3:GetObject"), Sid: "S3" }))] } });
    expect(evaluate(again).decidedBy[0]?.sid).toBe("S3");
  });
});

function snap(v: unknown): Snap {
  const s = snapshot(v);
  if (s === UNSNAPPABLE) throw new Error("unsnappable");
  return s;
}

describe("snapshot", () => {
  it("compares keys in order, array lengths, holes and primitives", () => {
    const v = { a: ["x", 1, true, null], b: { c: "d" } };
    const taken = snap(v);
    expect(sameAsSnapshot(v, taken)).toBe(true);
    expect(sameAsSnapshot({ a: ["x", 1, true, null], b: { c: "d" } }, taken)).toBe(true);
    expect(sameAsSnapshot({ b: { c: "d" }, a: ["x", 1, true, null] }, taken)).toBe(false);
    expect(sameAsSnapshot({ a: ["x", 1, true], b: { c: "d" } }, taken)).toBe(false);
    expect(sameAsSnapshot({ a: ["x", 1, true, null, "y"], b: { c: "d" } }, taken)).toBe(false);
    expect(sameAsSnapshot({ a: ["x", 1, true, null], b: { c: "e" } }, taken)).toBe(false);
    expect(sameAsSnapshot({ a: ["x", 1, true, null], b: { c: "d", e: undefined } }, taken)).toBe(false);
    expect(sameAsSnapshot({ a: ["x", 1, true, null], b: {} }, taken)).toBe(false);
    expect(sameAsSnapshot({ a: ["x", 1, true, { c: "d" }], b: null }, taken)).toBe(false);
    expect(sameAsSnapshot({ a: { 0: "x", 1: 1, 2: true, 3: null }, b: { c: "d" } }, taken)).toBe(false);
    expect(sameAsSnapshot("x", snap("x"))).toBe(true);
    expect(sameAsSnapshot("y", snap("x"))).toBe(false);
    expect(sameAsSnapshot({}, snap("x"))).toBe(false);
    const holes = snap([undefined]);
    expect(sameAsSnapshot([undefined], holes)).toBe(true);
    expect(sameAsSnapshot(new Array(1), holes)).toBe(false);
  });

  it("refuses exotic, holey, cyclic or huge values (they are not cached by identity)", () => {
    expect(snapshot(new Date())).toBe(UNSNAPPABLE);
    expect(snapshot(new Array(2))).toBe(UNSNAPPABLE);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(snapshot(cyclic)).toBe(UNSNAPPABLE);
    expect(snapshot(Array.from({ length: 30_000 }, () => ({})))).toBe(UNSNAPPABLE);
  });

  it("evaluates cyclic and exotic policies without caching them by identity", () => {
    const cyclic: Record<string, unknown> = { ...doc(allow("s3:GetObject")) };
    cyclic.Self = cyclic;
    const r = evaluate(scenario({ policies: { identity: [cyclic] } }));
    expect(r.decision).toBe("Allow");
    expect(evaluate(scenario({ policies: { identity: [cyclic] } })).decision).toBe("Allow");
  });
});

describe("ContextView", () => {
  it("matches keys case-insensitively; the later of two spellings wins", () => {
    const ctx = new ContextView({ "aws:SourceIp": "1.1.1.1", "AWS:SOURCEIP": ["2.2.2.2"], "aws:username": "" });
    expect(ctx.values("aws:sourceip")).toEqual(["2.2.2.2"]);
    expect(ctx.isMultivalued("aws:sourceip")).toBe(true);
    expect(ctx.single("aws:sourceip")).toBeUndefined();
    expect(ctx.single("aws:username")).toBe("");
    expect(ctx.has("aws:username")).toBe(true);
    expect(ctx.has("aws:userid")).toBe(false);
  });

  it("indexes large contexts", () => {
    const context = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`Key${i}`, `v${i}`]));
    const ctx = new ContextView(context);
    expect(ctx.single("key39")).toBe("v39");
    expect(ctx.single("key0")).toBe("v0");
    expect(ctx.raw("key40")).toBeUndefined();
  });
});
