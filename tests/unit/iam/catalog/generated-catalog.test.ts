import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "@/lib/iam/catalog";
import { loadNodeCatalog, loadRcpSupportedServices } from "@/lib/iam/catalog/load-node";

/**
 * Facts of the generated catalog (run `npx tsx scripts/build-iam-catalog.ts` first). Expected
 * values come from AWS's Service Authorization Reference:
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html,
 * list_awsidentityandaccessmanagementiam.html and list_awssecuritytokenservice.html.
 */
let catalog: Catalog;
beforeAll(() => {
  catalog = loadNodeCatalog();
});

describe("generated catalog", () => {
  it("expands s3:Get* to Get actions only", () => {
    const actions = catalog.expandActions("s3:Get*");
    expect(actions).toContain("s3:GetObject");
    expect(actions).not.toContain("s3:PutObject");
    expect(actions.every((a) => a.startsWith("s3:Get"))).toBe(true);
  });

  it.each([
    ["s3:GetObject", "Read"],
    ["s3:PutObject", "Write"],
    ["s3:ListBucket", "List"],
    ["s3:PutBucketPolicy", "Permissions management"],
    ["s3:PutObjectTagging", "Tagging"],
    ["iam:PassRole", "Write"],
    ["iam:AttachRolePolicy", "Permissions management"],
    ["sts:AssumeRole", "Write"],
  ])("gives %s the access level %s", (action, level) => {
    expect(catalog.getAction(action)?.accessLevel).toBe(level);
  });

  it("lists iam:PassedToService and iam:AssociatedResourceArn for iam:PassRole", () => {
    expect(catalog.conditionKeysFor("iam:PassRole")).toEqual(expect.arrayContaining(["iam:PassedToService", "iam:AssociatedResourceArn"]));
  });

  it("gives iam:PassRole the role resource type", () => {
    expect(catalog.resourceTypesFor("iam:PassRole").map((r) => [r.name, r.arn])).toEqual([["role", "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}"]]);
  });

  it("gives s3:ListBucket the bucket resource type", () => {
    expect(catalog.resourceTypesFor("s3:ListBucket").map((r) => r.arn)).toContain("arn:${Partition}:s3:::${BucketName}");
  });

  it("gives s3:ListAllMyBuckets no resource type", () => {
    expect(catalog.resourceTypesFor("s3:ListAllMyBuckets")).toEqual([]);
  });

  it.each([
    ["s3:ListBucket", "s3:prefix", true],
    ["s3:GetObject", "s3:prefix", false],
    ["sts:AssumeRole", "sts:ExternalId", true],
    ["iam:CreateRole", "iam:PermissionsBoundary", true],
    ["ec2:RunInstances", "aws:SourceIp", true],
  ])("knows whether %s supports %s", (action, key, expected) => {
    expect(catalog.isKnownConditionKey(action, key)).toBe(expected);
  });

  it.each([
    ["aws:SourceIp", "IPAddress"],
    ["aws:CurrentTime", "Date"],
    ["aws:MultiFactorAuthPresent", "Bool"],
    ["aws:MultiFactorAuthAge", "Numeric"],
    ["aws:TagKeys", "ArrayOfString"],
    ["aws:PrincipalTag/team", "String"],
    ["s3:max-keys", "Numeric"],
  ])("types %s as %s", (key, type) => {
    expect(catalog.conditionKeyType(key)).toBe(type);
  });

  it.each([["aws:SourceAccount"], ["aws:SourceOrgID"], ["aws:PrincipalOrgID"], ["aws:CalledVia"], ["aws:TokenIssueTime"], ["aws:RequestTag/team"]])(
    "treats %s as a global key",
    (key) => expect(catalog.isGlobalConditionKey(key)).toBe(true),
  );

  it("knows the common services", () => {
    expect(["s3", "iam", "sts", "ec2", "kms", "lambda"].every((s) => catalog.isLoaded(s))).toBe(true);
    expect(catalog.hasService("nosuchservice")).toBe(false);
  });

  it("ships the services that support resource control policies", () => {
    expect(loadRcpSupportedServices()).toEqual(expect.arrayContaining(["s3", "sts", "kms", "sqs", "secretsmanager"]));
  });
});
