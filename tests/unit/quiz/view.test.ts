import { describe, expect, it } from "vitest";
import { instantiate, learnerView, type Question, type QuestionInstance } from "@/lib/quiz";
import { instance } from "./fixtures";
import { loadBank } from "./load-bank";

const FORBIDDEN_KEYS = ["correct", "feedback", "explanation", "explanationByDecision", "statedDecision", "statedStatement", "solution", "misconception", "answer", "accepted", "numeric", "hidden", "source", "params", "values", "seed"];

/** Every text the learner must not see before answering. */
function secrets(q: QuestionInstance): string[] {
  const out: string[] = [q.explanation];
  if (q.type === "single" || q.type === "multiple") for (const o of q.options) out.push(o.feedback, ...(o.misconception ? [o.misconception] : []));
  if (q.type === "truefalse") out.push(q.feedback.true, q.feedback.false);
  if (q.type === "predict") out.push(...Object.values(q.explanationByDecision ?? {}));
  if (q.type === "spot") out.push(`"statedStatement"`);
  if (q.type === "write") {
    out.push(q.solution.trim());
    for (const c of q.cases.filter((x) => x.hidden)) out.push(`"id":${JSON.stringify(c.id)}`, c.label);
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      // Scenario policies and requests are shown as authored; their keys are IAM's, not ours.
      if (k !== "scenario" && k !== "base" && k !== "request") keysOf(v, into);
    }
  }
  return into;
}

const bank = loadBank().questions.map(({ question }) => question);
const instances = bank.map((q: Question) => instantiate(q, 7));

describe("learnerView leaks nothing from the bank", () => {
  it("has questions to check", () => {
    expect(instances.length).toBeGreaterThanOrEqual(200);
  });

  it.each(instances.map((q) => [q.id, q] as const))("%s: no key, feedback, explanation, solution or hidden case", (_id, q) => {
    const view = learnerView(q, 3);
    const json = JSON.stringify(view);
    const leakedKeys = [...keysOf(view)].filter((k) => FORBIDDEN_KEYS.includes(k));
    expect(leakedKeys).toEqual([]);
    for (const secret of secrets(q)) expect(json.includes(JSON.stringify(secret).slice(1, -1)), `leaks ${secret.slice(0, 60)}`).toBe(false);
  });
});

describe("learnerView", () => {
  it("keeps authored option order and drops correct flags", () => {
    expect(learnerView(instance("single"))).toMatchObject({ options: [{ id: "a", text: "Allowed" }, { id: "b", text: "Denied" }, { id: "c", text: "Depends on order" }] });
  });

  it("shuffles ordering items deterministically per seed and never in the correct order", () => {
    const q = instance("ordering");
    const ids = (seed: number) => {
      const v = learnerView(q, seed);
      return v.type === "ordering" ? v.items.map((i) => i.id) : [];
    };
    expect(ids(5)).toEqual(ids(5));
    for (let seed = 0; seed < 50; seed++) expect(ids(seed)).not.toEqual(["deny", "scp", "resource", "identity"]);
  });

  it("shows visible write cases with their expectation and only counts hidden ones", () => {
    const v = learnerView(instance("write"));
    expect(v).toMatchObject({ hiddenCaseCount: 1, cases: [{ id: "reads", expect: "allow" }, { id: "deletes", expect: "deny" }] });
  });

  it("offers every statement of a spot scenario", () => {
    const v = learnerView(instance("spot"));
    expect(v.type === "spot" ? v.statements.map((s) => s.path) : []).toEqual(["policies.identity[0].Statement[0]", "policies.identity[1].Statement[0]"]);
  });

  it("offers the three decisions for predict", () => {
    expect(learnerView(instance("predict"))).toMatchObject({ choices: ["Allow", "ExplicitDeny", "ImplicitDeny"], askStatement: false });
  });

  it("tells a numeric fill its unit", () => {
    expect(learnerView(instance("fillNumeric"))).toMatchObject({ input: "number", unit: "hours" });
  });

  it("returns a copy the caller can change freely", () => {
    const q = instance("predict");
    const v = learnerView(q);
    if (v.type === "predict") v.scenario.request.action = "changed";
    expect(q.type === "predict" && q.scenario.request.action).toBe("s3:DeleteObject");
  });
});
