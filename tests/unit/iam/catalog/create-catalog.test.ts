import { describe, expect, it } from "vitest";
import { createCatalog, type CatalogIndex, type ServiceData } from "@/lib/iam/catalog";
import { FIXTURE_SERVICES } from "../lint/fixture-catalog";

const catalog = createCatalog(FIXTURE_SERVICES);

describe("createCatalog", () => {
  it("finds actions case-insensitively and returns AWS's spelling", () => {
    expect(catalog.getAction("S3:getobject")?.id).toBe("s3:GetObject");
  });

  it("returns undefined for unknown actions and malformed names", () => {
    expect(catalog.getAction("s3:Nope")).toBeUndefined();
    expect(catalog.getAction("GetObject")).toBeUndefined();
  });

  it("names access levels in full", () => {
    expect(catalog.getAction("s3:ListBucket")?.accessLevel).toBe("List");
  });

  it("expands patterns to sorted exact ids", () => {
    expect(catalog.expandActions("s3:*Object")).toEqual(["s3:GetObject", "s3:PutObject"]);
    expect(catalog.expandActions("S3:LIST*")).toEqual(["s3:ListAllMyBuckets", "s3:ListBucket"]);
  });

  it("expands `*` and service wildcards over the loaded services", () => {
    expect(catalog.expandActions("*")).toHaveLength(9);
    expect(catalog.expandActions("s*:AssumeRole")).toEqual(["sts:AssumeRole"]);
  });

  it("resolves resource types with their ARN formats and keys", () => {
    expect(catalog.resourceTypesFor("iam:PassRole")).toEqual([
      { name: "role", required: true, arn: "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}", conditionKeys: ["aws:ResourceTag/${TagKey}", "iam:ResourceTag/${TagKey}"] },
    ]);
  });

  it("lists action, resource-type and global keys for an action", () => {
    const keys = catalog.conditionKeysFor("iam:PassRole");
    expect(keys).toEqual(expect.arrayContaining(["iam:PassedToService", "iam:ResourceTag/${TagKey}", "aws:SourceIp"]));
  });

  it.each([
    ["s3:ListBucket", "s3:prefix", true],
    ["s3:GetObject", "s3:prefix", false],
    ["s3:GetObject", "s3:ExistingObjectTag/team", true],
    ["s3:GetObject", "aws:PrincipalTag/team", true],
    ["iam:CreateRole", "aws:RequestTag/team", true],
    ["s3:Nope", "aws:SourceIp", false],
  ])("isKnownConditionKey(%s, %s) is %s", (action, key, expected) => {
    expect(catalog.isKnownConditionKey(action, key)).toBe(expected);
  });

  it.each([
    ["aws:SourceIp", "IPAddress"],
    ["aws:PrincipalTag/team", "String"],
    ["s3:max-keys", "Numeric"],
    ["S3:MAX-KEYS", "Numeric"],
    ["s3:nope", undefined],
  ])("conditionKeyType(%s) is %s", (key, type) => {
    expect(catalog.conditionKeyType(key)).toBe(type);
  });

  it("knows services from the index before their files are loaded", () => {
    const index: CatalogIndex = { v: 1, version: "t", updatedAt: "t", s: [{ p: "ec2", n: "Amazon EC2", c: 1 }], g: {}, u: {} };
    const c = createCatalog([], index);
    expect([c.hasService("ec2"), c.isLoaded("ec2"), c.serviceName("ec2")]).toEqual([true, false, "Amazon EC2"]);
  });

  it("adds services later", () => {
    const c = createCatalog([]);
    const svc: ServiceData = { v: 1, p: "demo", n: "Demo", a: { Run: { l: "W" } }, r: {}, k: {} };
    c.addService(svc);
    expect(c.getAction("demo:run")?.accessLevel).toBe("Write");
  });

  it("uses the index's global keys over the built-in list", () => {
    const index: CatalogIndex = { v: 1, version: "t", updatedAt: "t", s: [], g: { "aws:OnlyThis": "Bool" }, u: {} };
    const c = createCatalog([], index);
    expect([c.isGlobalConditionKey("aws:onlythis"), c.isGlobalConditionKey("aws:SourceIp")]).toEqual([true, false]);
  });
});
