import { describe, expect, it } from "vitest";
import { flowModel } from "@/app/components/iam/flow-model";
import { scenarioSkeleton, slotForKind } from "@/app/components/iam/scenario-skeleton";
import { fieldsFromScenario, runTryIt } from "@/app/components/iam/try-it-engine";
import { evaluate } from "@/lib/iam";

const allowAll = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] };
const denyAll = { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "s3:*", Resource: "*" }] };
const scenario = {
  request: { principal: "arn:aws:iam::111122223333:user/mia", action: "s3:GetObject", resource: "arn:aws:s3:::b/k", context: {}, principalAccount: "111122223333", resourceAccount: "111122223333" },
  policies: { identity: [allowAll] },
};

describe("scenario skeleton", () => {
  it.each([
    ["identity", "identity"],
    ["trust", "resource"],
    ["boundary", "permissionBoundary"],
    ["scp", "scps"],
    [undefined, "identity"],
  ])("puts a %s policy in `%s`", (kind, slot) => {
    expect(slotForKind(kind)).toBe(slot);
  });

  it("nests SCPs as levels and evaluates as a scenario", () => {
    const s = scenarioSkeleton(allowAll, "scp") as { policies: { scps: unknown } };
    expect(s.policies.scps).toEqual([[allowAll]]);
    expect(evaluate(scenarioSkeleton(allowAll, "identity")).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("TryIt engine", () => {
  it("evaluates the fields and explains the decision", () => {
    const out = runTryIt(fieldsFromScenario(scenario));
    expect(out.ok && out.decision).toBe("Allow");
    expect(out.ok && out.explanation).toContain("Decision: Allow");
  });

  it("leaves the explanation out of the build-time result when asked, keeping the decision", () => {
    const out = runTryIt(fieldsFromScenario(scenario), undefined, { explain: false });
    expect(out).toMatchObject({ ok: true, decision: "Allow" });
    expect(out.ok && "explanation" in out).toBe(false);
  });

  it("changes the decision when the action changes", () => {
    const out = runTryIt({ ...fieldsFromScenario(scenario), action: "s3:PutObject" });
    expect(out.ok && out.decision).toBe("ImplicitDeny");
  });

  it("reports JSON errors with line and column", () => {
    const out = runTryIt({ ...fieldsFromScenario(scenario), policies: '{\n  "identity": [,]\n}' });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.errors[0]).toMatchObject({ field: "policies", line: 2 });
  });
});

describe("flow model", () => {
  it("marks the explicit deny gate as deciding and later gates unreached", () => {
    const model = flowModel(evaluate({ ...scenario, policies: { identity: [allowAll, denyAll] } }));
    expect(model.decision).toBe("ExplicitDeny");
    expect(model.nodes[0]?.state).toBe("decided");
    expect(model.nodes.slice(1).every((n) => n.state === "unreached")).toBe(true);
  });

  it("marks the first gate without an allow as deciding an implicit deny", () => {
    const logsOnly = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "logs:*", Resource: "*" }] };
    const model = flowModel(evaluate({ ...scenario, policies: { identity: [allowAll], permissionBoundary: logsOnly } }));
    expect(model.nodes.find((n) => n.state === "decided")?.gate).toBe("boundary");
  });

  it("has no deciding gate for an allow", () => {
    const model = flowModel(evaluate(scenario));
    expect(model.nodes.some((n) => n.state === "decided")).toBe(false);
    expect(model.nodes.find((n) => n.gate === "identity")?.state).toBe("passed");
  });
});
