import { describe, expect, it } from "vitest";
import { deriveContext } from "@/lib/iam";

// Principal key values. Sources:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#principaltable
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
describe("deriveContext", () => {
  it("derives user keys", () => {
    expect(deriveContext("arn:aws:iam::111122223333:user/dana", { uniqueId: "AIDAEXAMPLE" })).toMatchObject({
      "aws:PrincipalArn": "arn:aws:iam::111122223333:user/dana",
      "aws:PrincipalAccount": "111122223333",
      "aws:PrincipalType": "User",
      "aws:username": "dana",
      "aws:userid": "AIDAEXAMPLE",
    });
  });
  it("uses the role ARN as aws:PrincipalArn for a role session", () => {
    const c = deriveContext("arn:aws:sts::111122223333:assumed-role/Analyst/mia", { rolePath: "/data/", uniqueId: "AROAEXAMPLE" });
    expect(c["aws:PrincipalArn"]).toBe("arn:aws:iam::111122223333:role/data/Analyst");
    expect(c["aws:PrincipalType"]).toBe("AssumedRole");
    expect(c["aws:userid"]).toBe("AROAEXAMPLE:mia");
    expect(c["aws:username"]).toBeUndefined();
  });
  it("uses the account id as aws:userid for the root user", () => {
    expect(deriveContext("arn:aws:iam::111122223333:root")).toMatchObject({ "aws:PrincipalType": "Account", "aws:userid": "111122223333" });
  });
  it("uses account:name as aws:userid for a federated user", () => {
    expect(deriveContext("arn:aws:sts::111122223333:federated-user/bob")).toMatchObject({ "aws:PrincipalType": "FederatedUser", "aws:userid": "111122223333:bob" });
  });
  it("marks service principals", () => {
    expect(deriveContext("lambda.amazonaws.com")).toMatchObject({ "aws:PrincipalIsAWSService": "true", "aws:PrincipalServiceName": "lambda.amazonaws.com" });
  });
  it("marks anonymous callers", () => {
    expect(deriveContext("anonymous")).toMatchObject({ "aws:PrincipalType": "Anonymous", "aws:userid": "anonymous" });
  });
  it("adds principal tags", () => {
    expect(deriveContext("arn:aws:iam::111122223333:user/dana", { principalTags: { team: "blue" } })["aws:PrincipalTag/team"]).toBe("blue");
  });
});
