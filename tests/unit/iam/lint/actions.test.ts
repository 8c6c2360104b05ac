import { describe, expect, it } from "vitest";
import { fixtureCatalog } from "./fixture-catalog";
import { lintStatements, withCode } from "./helpers";

const catalog = fixtureCatalog();
const lint = (action: string | string[], notAction = false) =>
  lintStatements([{ Effect: "Allow", [notAction ? "NotAction" : "Action"]: action, Resource: "*" }], { kind: "identity", catalog });

describe("action checks", () => {
  it.each([
    ["an unknown service", "nosuch:GetThing", "UNKNOWN_SERVICE"],
    ["an unknown action", "s3:GetObjekt", "UNKNOWN_ACTION"],
    ["a pattern that matches nothing", "s3:Gett*", "ACTION_PATTERN_MATCHES_NOTHING"],
  ])("reports %s", (_, action, code) => {
    const [finding] = withCode(lint(action), code);
    expect(finding?.path).toBe("Statement[0].Action");
    expect(finding?.message).toContain(`\`${action}\``);
  });

  it.each([["s3:GetObject"], ["S3:getobject"], ["s3:Get*"], ["s3:*"], ["*"], ["iam:Pass?ole"]])("accepts `%s`", (action) => {
    const codes = lint(action).map((f) => f.code);
    expect(codes).not.toContain("UNKNOWN_ACTION");
    expect(codes).not.toContain("UNKNOWN_SERVICE");
    expect(codes).not.toContain("ACTION_PATTERN_MATCHES_NOTHING");
  });

  it("points at the offending entry of an array", () => {
    const [finding] = withCode(lint(["s3:GetObject", "s3:Nope"]), "UNKNOWN_ACTION");
    expect(finding?.path).toBe("Statement[0].Action[1]");
  });

  it("checks NotAction entries too", () => {
    expect(withCode(lint("s3:Nope", true), "UNKNOWN_ACTION")).toHaveLength(1);
  });

  it("skips services listed in the index but not loaded", async () => {
    const { createCatalog } = await import("@/lib/iam/catalog");
    const partial = createCatalog([], { v: 1, version: "t", updatedAt: "t", s: [{ p: "ec2", n: "Amazon EC2", c: 1 }], g: {}, u: {} });
    const findings = lintStatements([{ Effect: "Allow", Action: "ec2:Nope", Resource: "*" }], { kind: "identity", catalog: partial });
    expect(findings.map((f) => f.code)).not.toContain("UNKNOWN_ACTION");
  });
});
