import { describe, expect, it } from "vitest";
import { lintStatements, withCode } from "./helpers";

const lint = (stmt: object, kind: "identity" | "scp" = "identity") => lintStatements([stmt], { kind });

describe("broad grant checks", () => {
  it.each([
    ["iam:PassRole", "Action"],
    ["iam:*", "Action"],
    ["iam:Pass*", "Action"],
    ["*", "Action"],
    ["s3:*", "NotAction"],
  ])("reports `%s` in %s with Resource `*` as PassRole on every role", (action, element) => {
    const [finding] = withCode(lint({ Effect: "Allow", [element]: action, Resource: "*" }), "PASS_ROLE_WITH_STAR_RESOURCE");
    expect(finding).toMatchObject({ severity: "SECURITY_WARNING", path: "Statement[0].Resource" });
  });

  it("accepts PassRole scoped to role ARNs", () => {
    expect(withCode(lint({ Effect: "Allow", Action: "iam:PassRole", Resource: "arn:aws:iam::111122223333:role/app-*" }), "PASS_ROLE_WITH_STAR_RESOURCE")).toEqual([]);
  });

  it("does not report a Deny of PassRole", () => {
    expect(withCode(lint({ Effect: "Deny", Action: "iam:PassRole", Resource: "*" }), "PASS_ROLE_WITH_STAR_RESOURCE")).toEqual([]);
  });

  it.each([["*"], ["*:*"]])("reports Allow `%s`", (action) => {
    expect(withCode(lint({ Effect: "Allow", Action: action, Resource: "arn:aws:s3:::b" }), "ALLOW_ALL_ACTIONS")).toHaveLength(1);
  });

  it("reports Allow `iam:*`", () => {
    expect(withCode(lint({ Effect: "Allow", Action: "IAM:*", Resource: "arn:aws:iam::111122223333:user/*" }), "ALLOW_ALL_IAM_ACTIONS")).toHaveLength(1);
  });

  it("does not report Allow `*` in an scp, where it is the default guardrail", () => {
    expect(withCode(lint({ Effect: "Allow", Action: "*", Resource: "*" }, "scp"), "ALLOW_ALL_ACTIONS")).toEqual([]);
  });

  it("warns about Allow with NotAction on every resource", () => {
    const [finding] = withCode(lint({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }), "ALLOW_NOT_ACTION_STAR_RESOURCE");
    expect(finding).toMatchObject({ severity: "WARNING", path: "Statement[0].NotAction" });
  });

  it("accepts Allow with NotAction on specific resources", () => {
    expect(withCode(lint({ Effect: "Allow", NotAction: "s3:DeleteObject", Resource: "arn:aws:s3:::b/*" }), "ALLOW_NOT_ACTION_STAR_RESOURCE")).toEqual([]);
  });
});
