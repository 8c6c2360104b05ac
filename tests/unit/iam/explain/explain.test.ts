import { describe, expect, it } from "vitest";
import { describeReason, evaluate, explainText, GATE_WHY, REASON_CODES } from "@/lib/iam";

describe("describeReason", () => {
  it("has a one-liner for every reason and gate code", () => {
    for (const code of [...Object.values(REASON_CODES), ...Object.values(GATE_WHY)]) {
      expect(describeReason(code)).not.toBe(code);
    }
  });
});

describe("explainText", () => {
  it("explains the decision, gates and policies in plain language", () => {
    const r = evaluate({
      request: { principal: "arn:aws:iam::111122223333:user/dana", action: "s3:PutObject", resource: "arn:aws:s3:::b/k", context: {} },
      policies: { identity: [{ Version: "2012-10-17", Statement: [{ Sid: "Read", Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] }] },
    }, { trace: true });
    const text = explainText(r);
    expect(text).toContain("Decision: ImplicitDeny");
    expect(text).toContain("policies.identity[0].Statement[0] (Read)");
    expect(text).toContain("What would change the decision:");
  });
});
