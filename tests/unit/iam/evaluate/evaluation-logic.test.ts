import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/iam";
import { ACCT, OTHER, allow, deny, doc, scenario } from "./helpers";

// Policy evaluation logic. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
const ROOT = `arn:aws:iam::${ACCT}:root`;
const ORG = { managementAccountId: "999988887777" };
const scpAllowS3 = [[doc(allow("s3:*"))]];

describe("explicit deny", () => {
  it.each([
    ["identity", { identity: [doc(allow("s3:*"), deny("s3:GetObject"))] }],
    ["permission boundary", { identity: [doc(allow("s3:*"))], permissionBoundary: doc(allow("*"), deny("s3:GetObject")) }],
    ["resource policy", { identity: [doc(allow("s3:*"))], resource: doc(deny("s3:GetObject", "*", { Principal: "*" })) }],
    ["SCP", { identity: [doc(allow("s3:*"))], scps: [[doc(allow("*"), deny("s3:GetObject"))]] }],
    ["RCP", { identity: [doc(allow("s3:*"))], rcps: [[doc(deny("s3:GetObject", "*", { Principal: "*" }))]] }],
  ])("in a %s wins over allows", (_name, policies) => {
    expect(evaluate(scenario({ policies, organization: ORG })).decision).toBe("ExplicitDeny");
  });
});

describe("service control policies", () => {
  it("every level needs an Allow", () => {
    const s = scenario({ policies: { identity: [doc(allow("s3:*"))], scps: [[doc(allow("*"))], [doc(allow("ec2:*"))]] }, organization: ORG });
    const r = evaluate(s);
    expect(r.decision).toBe("ImplicitDeny");
    expect(r.gates.find((g) => g.gate === "scp")).toMatchObject({ outcome: "no-allow", level: 1 });
  });
  it("do not apply to the management account", () => {
    const s = scenario({ principalAccount: "999988887777", principal: "arn:aws:iam::999988887777:user/admin", resourceAccount: "999988887777", policies: { identity: [doc(allow("s3:*"))], scps: [[doc(deny("s3:*"))]] }, organization: ORG });
    expect(evaluate(s).decision).toBe("Allow");
  });
  it("do not apply to service-linked roles", () => {
    const slr = `arn:aws:iam::${ACCT}:role/aws-service-role/elasticmapreduce.amazonaws.com/AWSServiceRoleForEMR`;
    const s = scenario({ principal: slr, policies: { identity: [doc(allow("s3:*"))], scps: [[doc(deny("s3:*"))]] }, organization: ORG });
    expect(evaluate(s).decision).toBe("Allow");
  });
  it("do not apply to service principals", () => {
    const s = scenario({ principal: "cloudtrail.amazonaws.com", policies: { resource: doc(allow("s3:GetObject", "*", { Principal: { Service: "cloudtrail.amazonaws.com" } })), scps: [[doc(deny("*"))]] }, organization: ORG });
    expect(evaluate(s).decision).toBe("Allow");
  });
  it("apply to the root user of a member account", () => {
    const s = scenario({ principal: ROOT, policies: { scps: scpAllowS3.concat([[doc(deny("s3:GetObject"))]]) }, organization: ORG });
    expect(evaluate(s).decision).toBe("ExplicitDeny");
  });
});

describe("resource control policies", () => {
  it("do not apply to services that do not support them", () => {
    const s = scenario({ action: "ec2:StartInstances", resource: `arn:aws:ec2:eu-west-1:${ACCT}:instance/i-1`, policies: { identity: [doc(allow("ec2:*"))], rcps: [[doc(deny("*", "*", { Principal: "*" }))]] }, organization: ORG });
    expect(evaluate(s).decision).toBe("Allow");
  });
  it("take an injected list of supported services", () => {
    const s = scenario({ action: "ec2:StartInstances", resource: `arn:aws:ec2:eu-west-1:${ACCT}:instance/i-1`, policies: { identity: [doc(allow("ec2:*"))], rcps: [[doc(deny("*", "*", { Principal: "*" }))]] }, organization: ORG });
    expect(evaluate(s, { rcpSupportedServices: ["ec2"] }).decision).toBe("ExplicitDeny");
  });
  it("do not apply to resources of the management account", () => {
    const s = scenario({ resourceAccount: "999988887777", principal: "arn:aws:iam::999988887777:user/a", policies: { identity: [doc(allow("s3:*"))], rcps: [[doc(deny("*", "*", { Principal: "*" }))]] }, organization: ORG });
    expect(evaluate(s).decision).toBe("Allow");
  });
  it("need no Allow because RCPFullAWSAccess is implied", () => {
    const s = scenario({ policies: { identity: [doc(allow("s3:*"))], rcps: [[], []] }, organization: ORG });
    expect(evaluate(s).decision).toBe("Allow");
  });
});

describe("root user and KMS", () => {
  // Source: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
  const KEY = `arn:aws:kms:eu-west-1:${ACCT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
  it("the root user has full access to its own account without policies", () => {
    expect(evaluate(scenario({ principal: ROOT })).decision).toBe("Allow");
  });
  it("the root user still needs the KMS key policy", () => {
    expect(evaluate(scenario({ principal: ROOT, action: "kms:Decrypt", resource: KEY, policies: { resource: doc(allow("kms:Encrypt", "*", { Principal: { AWS: ROOT } })) } })).decision).toBe("ImplicitDeny");
  });
  it("a key policy trusting the account lets IAM policies grant", () => {
    const s = scenario({ action: "kms:Decrypt", resource: KEY, policies: { identity: [doc(allow("kms:Decrypt"))], resource: doc(allow("kms:*", "*", { Principal: { AWS: ROOT } })) } });
    expect(evaluate(s).decision).toBe("Allow");
  });
  it("an IAM policy alone does not grant KMS access", () => {
    const s = scenario({ action: "kms:Decrypt", resource: KEY, policies: { identity: [doc(allow("kms:Decrypt"))] } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });
  it("RCPs do not apply to AWS managed keys", () => {
    // Source: https://docs.aws.amazon.com/kms/latest/developerguide/resource-control-policies.html
    const s = scenario({ action: "kms:Decrypt", resource: KEY, context: { "kms:ResourceAliases": ["alias/aws/s3"] }, policies: { identity: [doc(allow("kms:Decrypt"))], resource: doc(allow("kms:*", "*", { Principal: { AWS: ROOT } })), rcps: [[doc(deny("kms:*", "*", { Principal: "*" }))]] }, organization: ORG });
    expect(evaluate(s).decision).toBe("Allow");
  });
});

describe("trust policies", () => {
  const ROLE = `arn:aws:iam::${ACCT}:role/Deploy`;
  it("an identity policy alone cannot assume a role", () => {
    const s = scenario({ action: "sts:AssumeRole", resource: ROLE, policies: { identity: [doc(allow("sts:AssumeRole", ROLE))] } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });
  it("a same-account trust policy naming the user grants on its own", () => {
    const s = scenario({ action: "sts:AssumeRole", resource: ROLE, policies: { resource: doc({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:user/dana` }, Action: "sts:AssumeRole" }) } });
    expect(evaluate(s).decision).toBe("Allow");
  });
  it("a cross-account caller needs its identity policy too", () => {
    const s = scenario({ principal: `arn:aws:iam::${OTHER}:user/erin`, action: "sts:AssumeRole", resource: ROLE, policies: { resource: doc({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${OTHER}:user/erin` }, Action: "sts:AssumeRole" }) } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });
});

describe("session policies", () => {
  it("a role session without a session policy is limited only by its identity policies", () => {
    const s = scenario({ principal: `arn:aws:sts::${ACCT}:assumed-role/A/s`, policies: { identity: [doc(allow("s3:*"))] } });
    expect(evaluate(s).decision).toBe("Allow");
  });
  it("a federated user session without a session policy is implicitly denied", () => {
    const s = scenario({ principal: `arn:aws:sts::${ACCT}:federated-user/bob`, policies: { identity: [doc(allow("s3:*"))] } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });
});

describe("VPC endpoint policy", () => {
  // Source: https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html
  it("must allow the request too", () => {
    const s = scenario({ policies: { identity: [doc(allow("s3:*"))], vpcEndpoint: doc(allow("s3:PutObject", "*", { Principal: "*" })) } });
    expect(evaluate(s).decision).toBe("ImplicitDeny");
  });
});

describe("revoked sessions", () => {
  // Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html
  const revoke = doc(deny("*", "*", { Condition: { DateLessThan: { "aws:TokenIssueTime": "2026-05-04T12:00:00Z" } } }));
  const session = `arn:aws:sts::${ACCT}:assumed-role/A/s`;
  it("denies sessions issued before the revocation time", () => {
    const s = scenario({ principal: session, context: { "aws:TokenIssueTime": "2026-05-04T08:00:00Z" }, policies: { identity: [doc(allow("s3:*")), revoke] } });
    expect(evaluate(s).decision).toBe("ExplicitDeny");
  });
  it("lets sessions issued later through", () => {
    const s = scenario({ principal: session, context: { "aws:TokenIssueTime": "2026-05-04T13:00:00Z" }, policies: { identity: [doc(allow("s3:*")), revoke] } });
    expect(evaluate(s).decision).toBe("Allow");
  });
});
