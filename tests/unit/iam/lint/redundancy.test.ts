import { describe, expect, it } from "vitest";
import { lintStatements, withCode } from "./helpers";

const allow = (action: string | string[], resource: string | string[], extra: object = {}) => ({ Effect: "Allow", Action: action, Resource: resource, ...extra });
const deny = (action: string | string[], resource: string | string[], extra: object = {}) => ({ Effect: "Deny", Action: action, Resource: resource, ...extra });
const lint = (...statements: object[]) => lintStatements(statements, { kind: "identity" });

describe("redundancy checks", () => {
  it("reports the later of two identical statements", () => {
    const [finding, ...rest] = withCode(lint(allow("s3:GetObject", "arn:aws:s3:::b/*"), allow("s3:GetObject", "arn:aws:s3:::b/*")), "REDUNDANT_STATEMENT");
    expect(rest).toEqual([]);
    expect(finding?.path).toBe("Statement[1]");
  });

  it("reports a statement covered by a broader one of the same effect", () => {
    const findings = lint(allow("s3:GetObject", "arn:aws:s3:::b/reports/*", { Sid: "Narrow" }), allow("s3:Get*", "arn:aws:s3:::b/*", { Sid: "Broad" }));
    const [finding] = withCode(findings, "REDUNDANT_STATEMENT");
    expect(finding?.path).toBe("Statement[0]");
    expect(finding?.message).toContain("`Broad`");
  });

  it.each([
    ["a different effect", [allow("s3:GetObject", "arn:aws:s3:::b/*"), deny("s3:GetObject", "arn:aws:s3:::b/*")]],
    ["a conditional broader statement", [allow("s3:GetObject", "arn:aws:s3:::b/*"), allow("s3:*", "*", { Condition: { Bool: { "aws:SecureTransport": "true" } } })]],
    ["partially overlapping actions", [allow(["s3:GetObject", "s3:PutObject"], "arn:aws:s3:::b/*"), allow("s3:Get*", "*")]],
    ["different resources", [allow("s3:GetObject", "arn:aws:s3:::a/*"), allow("s3:GetObject", "arn:aws:s3:::b/*")]],
  ])("does not report statements with %s", (_, statements) => {
    expect(withCode(lint(...statements), "REDUNDANT_STATEMENT")).toEqual([]);
  });

  it("does not report statements for different principals", () => {
    const a = allow("s3:GetObject", "arn:aws:s3:::b/*", { Principal: { AWS: "111122223333" } });
    const b = allow("s3:GetObject", "arn:aws:s3:::b/*", { Principal: { AWS: "444455556666" } });
    const findings = lintStatements([a, b], { kind: "resource" });
    expect(findings.map((f) => f.code)).not.toContain("PRINCIPAL_NOT_ALLOWED");
    expect(withCode(findings, "REDUNDANT_STATEMENT")).toEqual([]);
  });

  it("reports an action already covered in the same statement", () => {
    const [finding] = withCode(lint(allow(["s3:*", "s3:GetObject"], "arn:aws:s3:::b/*")), "REDUNDANT_ACTION");
    expect(finding?.path).toBe("Statement[0].Action[1]");
  });

  it("reports a resource already covered in the same statement", () => {
    const [finding] = withCode(lint(allow("s3:GetObject", ["arn:aws:s3:::b/*", "arn:aws:s3:::b/x"])), "REDUNDANT_RESOURCE");
    expect(finding?.path).toBe("Statement[0].Resource[1]");
  });

  it("reports an allow that an unconditional deny blocks entirely", () => {
    const findings = lint(allow("s3:PutObject", "arn:aws:s3:::b/*", { Sid: "Write" }), deny("s3:*", "*", { Sid: "NoS3" }));
    const [finding] = withCode(findings, "ALLOW_SHADOWED_BY_DENY");
    expect(finding?.path).toBe("Statement[0]");
    expect(finding?.message).toContain("`Statement[1]` (`NoS3`)");
  });

  it.each([
    ["a conditional deny", deny("s3:*", "*", { Condition: { Bool: { "aws:SecureTransport": "false" } } })],
    ["a deny of some actions only", deny("s3:DeleteObject", "*")],
    ["a deny of other resources", deny("s3:*", "arn:aws:s3:::other/*")],
  ])("does not report an allow next to %s", (_, denyStmt) => {
    expect(withCode(lint(allow(["s3:PutObject", "s3:DeleteObject"], "arn:aws:s3:::b/*"), denyStmt), "ALLOW_SHADOWED_BY_DENY")).toEqual([]);
  });
});
