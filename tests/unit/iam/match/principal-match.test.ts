import { describe, expect, it } from "vitest";
import { matchPrincipal, notPrincipalExcludes, parsePrincipal, type PrincipalSpec } from "@/lib/iam";

// Principal forms and how they match.
// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
function facts(principal: string, principalArn?: string) {
  return principalArn ? { info: parsePrincipal(principal), principalArn } : { info: parsePrincipal(principal) };
}

describe("parsePrincipal", () => {
  it.each([
    ["arn:aws:iam::111122223333:root", "root"],
    ["arn:aws:iam::111122223333:user/dev/dana", "user"],
    ["arn:aws:iam::111122223333:role/app/Worker", "role"],
    ["arn:aws:sts::111122223333:assumed-role/Worker/s1", "assumedRole"],
    ["arn:aws:sts::111122223333:federated-user/bob", "federatedUser"],
    ["lambda.amazonaws.com", "service"],
    ["accounts.google.com", "webIdentity"],
    ["cognito-identity.amazonaws.com", "webIdentity"],
    ["token.actions.githubusercontent.com", "webIdentity"],
    ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com", "webIdentity"],
    ["arn:aws:iam::111122223333:saml-provider/Okta", "saml"],
    ["anonymous", "anonymous"],
  ])("`%s` is a %s principal", (raw, type) => {
    expect(parsePrincipal(raw).type).toBe(type);
  });

  it("marks roles under `aws-service-role/` as service-linked", () => {
    expect(parsePrincipal("arn:aws:iam::111122223333:role/aws-service-role/ec2.amazonaws.com/AWSServiceRoleForEC2").serviceLinked).toBe(true);
  });
});

describe("matchPrincipal", () => {
  const user = "arn:aws:iam::111122223333:user/dana";
  const session = "arn:aws:sts::111122223333:assumed-role/Worker/s1";
  it.each<[string, PrincipalSpec, string, string | undefined, string | undefined]>([
    ["`*` matches anyone", "*", "anonymous", undefined, "wildcard"],
    ["a user ARN matches that user", { AWS: [user] }, user, undefined, "user"],
    ["an account id matches a user of the account", { AWS: ["111122223333"] }, user, undefined, "account"],
    ["the account root ARN matches a session of the account", { AWS: ["arn:aws:iam::111122223333:root"] }, session, undefined, "account"],
    ["a role ARN matches a session of that role", { AWS: ["arn:aws:iam::111122223333:role/Worker"] }, session, undefined, "role"],
    ["a role ARN with path matches when aws:PrincipalArn has that path", { AWS: ["arn:aws:iam::111122223333:role/app/Worker"] }, session, "arn:aws:iam::111122223333:role/app/Worker", "role"],
    ["a session ARN matches that session", { AWS: [session] }, session, undefined, "session"],
    ["a service principal matches the service", { Service: ["lambda.amazonaws.com"] }, "lambda.amazonaws.com", undefined, "service"],
    ["an OIDC provider ARN matches the provider", { Federated: ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"] }, "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com", undefined, "federated"],
    ["a web identity provider name matches", { Federated: ["accounts.google.com"] }, "accounts.google.com", undefined, "federated"],
    ["another account does not match", { AWS: ["210987654321"] }, user, undefined, undefined],
    ["a role ARN does not match a different role's session", { AWS: ["arn:aws:iam::111122223333:role/Other"] }, session, undefined, undefined],
    ["an account principal does not match anonymous", { AWS: ["111122223333"] }, "anonymous", undefined, undefined],
  ])("%s", (_name, spec, principal, principalArn, kind) => {
    const m = matchPrincipal(spec, facts(principal, principalArn));
    expect(m.matched).toBe(kind !== undefined);
    expect(m.kind).toBe(kind);
  });

  it("prefers the most specific grant when several values match", () => {
    const m = matchPrincipal({ AWS: ["111122223333", user] }, facts(user));
    expect(m.kind).toBe("user");
  });
});

// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
describe("notPrincipalExcludes", () => {
  const named = "arn:aws:sts::444455556666:assumed-role/audit-role/audit-app";
  const spec: PrincipalSpec = { AWS: [named, "arn:aws:iam::444455556666:role/audit-role", "arn:aws:iam::444455556666:root"] };
  it("excludes the named session", () => {
    expect(notPrincipalExcludes(spec, facts(named))).toBe(true);
  });
  it("does not exclude another session of the same role", () => {
    expect(notPrincipalExcludes(spec, facts("arn:aws:sts::444455556666:assumed-role/audit-role/other"))).toBe(false);
  });
  it("does not exclude other users of a listed account", () => {
    expect(notPrincipalExcludes({ AWS: ["arn:aws:iam::444455556666:root"] }, facts("arn:aws:iam::444455556666:user/x"))).toBe(false);
  });
});
