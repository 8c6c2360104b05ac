import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/iam";
import { ACCT, OTHER, allow, doc, scenario } from "./helpers";

// AWS's table "Resource-based policies and implicit denies in other policy types (same account)"
// and cross-account evaluation. Sources:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
const USER = `arn:aws:iam::${ACCT}:user/dana`;
const ROLE = `arn:aws:iam::${ACCT}:role/Analyst`;
const SESSION = `arn:aws:sts::${ACCT}:assumed-role/Analyst/mia`;
const FED = `arn:aws:sts::${ACCT}:federated-user/dana`;
const BUCKET = "arn:aws:s3:::team-data/*";
const denyAllBoundary = doc(allow("ec2:*"));
const readOnlySession = doc(allow("ec2:Describe*"));

function bucketPolicy(principal: string) {
  return doc(allow("s3:GetObject", BUCKET, { Principal: { AWS: principal } }));
}

function sessionCtx() {
  return { "aws:PrincipalArn": ROLE };
}

describe("same-account resource-based grants", () => {
  it("a grant to the user ARN is not limited by the user's boundary", () => {
    const s = scenario({ principal: USER, policies: { resource: bucketPolicy(USER), permissionBoundary: denyAllBoundary } });
    expect(evaluate(s).decision).toBe("Allow");
  });

  it("a grant to the role-session ARN is not limited by a boundary or session policy", () => {
    const s = scenario({ principal: SESSION, context: sessionCtx(), policies: { resource: bucketPolicy(SESSION), permissionBoundary: denyAllBoundary, session: readOnlySession } });
    expect(evaluate(s).decision).toBe("Allow");
  });

  it("a grant to the role ARN is limited by an implicit deny in the boundary", () => {
    const s = scenario({ principal: SESSION, context: sessionCtx(), policies: { resource: bucketPolicy(ROLE), permissionBoundary: denyAllBoundary } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });

  it("a grant to the role ARN is limited by an implicit deny in the session policy", () => {
    const s = scenario({ principal: SESSION, context: sessionCtx(), policies: { resource: bucketPolicy(ROLE), session: readOnlySession } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });

  it("a grant to the role ARN needs no identity policy", () => {
    const s = scenario({ principal: SESSION, context: sessionCtx(), policies: { resource: bucketPolicy(ROLE) } });
    expect(evaluate(s).decision).toBe("Allow");
  });

  it("a grant to the federated-user session ARN is not limited by its session policy", () => {
    const s = scenario({ principal: FED, policies: { resource: bucketPolicy(FED), session: readOnlySession } });
    expect(evaluate(s).decision).toBe("Allow");
  });

  it("a grant to the IAM user behind a federated session is limited by the session policy", () => {
    const s = scenario({ principal: FED, context: { "aws:PrincipalArn": USER }, policies: { resource: bucketPolicy(USER), session: readOnlySession } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });

  it("a grant to the account delegates to identity policies", () => {
    const s = scenario({ principal: USER, policies: { resource: bucketPolicy(`arn:aws:iam::${ACCT}:root`) } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });

  it("a grant to the account plus an identity allow allows", () => {
    const s = scenario({ principal: USER, policies: { resource: bucketPolicy(ACCT), identity: [doc(allow("s3:GetObject", BUCKET))] } });
    expect(evaluate(s).decision).toBe("Allow");
  });

  it("an identity allow alone allows in the same account", () => {
    const s = scenario({ policies: { identity: [doc(allow("s3:GetObject", BUCKET))] } });
    expect(evaluate(s).decision).toBe("Allow");
  });
});

describe("cross-account", () => {
  const ERIN = `arn:aws:iam::${OTHER}:user/erin`;
  it("needs the identity side to allow as well as the resource policy", () => {
    const s = scenario({ principal: ERIN, policies: { resource: bucketPolicy(ERIN) } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });
  it("needs the resource policy to allow as well as the identity side", () => {
    const s = scenario({ principal: ERIN, policies: { identity: [doc(allow("s3:GetObject", BUCKET))] } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });
  it("allows when both sides allow", () => {
    const s = scenario({ principal: ERIN, policies: { resource: bucketPolicy(OTHER), identity: [doc(allow("s3:GetObject", BUCKET))] } });
    expect(evaluate(s).decision).toBe("Allow");
  });
});
