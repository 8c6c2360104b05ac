import { describe, expect, it } from "vitest";
import { listStatements, parseLearnerPolicy, predictKey, runWrite, spotKey, writePasses, type WriteQuestion } from "@/lib/quiz";
import { denyScenario, instance, RAW } from "./fixtures";

const doc = (statement: unknown) => ({ Version: "2012-10-17", Statement: statement });

describe("listStatements", () => {
  const scenario = {
    policies: {
      identity: [doc([{ Sid: "ReadAll", Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: "*" }, { Effect: "Deny", NotAction: "iam:*", Resource: "*" }])],
      resource: doc({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }),
      scps: [[doc([{ Effect: "Allow", Action: "*", Resource: "*" }])]],
      permissionBoundary: doc([{ Effect: "Maybe", Action: "s3:*", Resource: "*" }]),
    },
  };

  it.each([
    ["policies.identity[0].Statement[0]", "ReadAll"],
    ["policies.identity[0].Statement[1]", "Deny NotAction iam:*"],
    ["policies.resource.Statement", "Allow s3:GetObject"],
    ["policies.scps[0][0].Statement[0]", "Allow *"],
  ])("labels %s as %s", (path, label) => {
    expect(listStatements(scenario).find((s) => s.path === path)?.label).toBe(label);
  });

  it("lists an invalid statement as not valid", () => {
    expect(listStatements(scenario).find((s) => s.path === "policies.permissionBoundary.Statement[0]")).toMatchObject({ valid: false });
  });

  it("lists every statement once", () => {
    expect(listStatements(scenario)).toHaveLength(5);
  });

  it("never throws on garbage", () => {
    expect(listStatements({ policies: 42 })).toEqual([]);
  });
});

describe("predictKey / spotKey", () => {
  it("computes the decision and deciding paths with the evaluator", () => {
    expect(predictKey({ scenario: denyScenario })).toMatchObject({ decision: "ExplicitDeny", paths: ["policies.identity[1].Statement[0]"] });
  });

  it("gives spot the same deciding paths", () => {
    expect(spotKey({ scenario: denyScenario }).paths).toEqual(["policies.identity[1].Statement[0]"]);
  });
});

describe("runWrite", () => {
  const q = instance("write") as WriteQuestion;

  it("passes the solution", () => {
    expect(writePasses(runWrite(q, RAW.write.solution))).toBe(true);
  });

  it("fails the over-broad starter", () => {
    const run = runWrite(q, q.starter);
    expect(run.cases.filter((c) => !c.passed).map((c) => c.id)).toEqual(["deletes", "secret-other-bucket"]);
  });

  it("does not throw on malformed JSON and reports line and column", () => {
    const run = runWrite(q, '{"Version": "2012-10-17",,}');
    expect(run.parse).toMatchObject({ ok: false, diagnostics: [{ code: "INVALID_JSON", line: 1 }] });
    expect(writePasses(run)).toBe(false);
  });

  it.each([
    ["resource", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}]}', "trust"],
    ["resource", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}', "resource"],
    ["scp", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}', "scp"],
  ] as const)("parses a %s slot policy as kind %s", (slot, text, kind) => {
    expect(parseLearnerPolicy(text, slot)).toMatchObject({ ok: true, kind });
  });

  it("refuses a Principal in an identity policy", () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}';
    expect(parseLearnerPolicy(text, "identity").ok).toBe(false);
  });
});
