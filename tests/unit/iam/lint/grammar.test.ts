import { describe, expect, it } from "vitest";
import { lintPolicy } from "@/lib/iam/lint";
import { lintStatements, withCode } from "./helpers";

const S3 = { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/*" };

describe("grammar checks", () => {
  it("warns when Version is missing", () => {
    const text = JSON.stringify({ Statement: [S3] });
    const [finding] = withCode(lintPolicy(text, { kind: "identity" }), "MISSING_VERSION");
    expect(finding?.severity).toBe("WARNING");
  });

  it("warns when version 2008-10-17 is used with policy variables", () => {
    const text = JSON.stringify({ Version: "2008-10-17", Statement: [{ ...S3, Resource: "arn:aws:s3:::home/${aws:username}/*" }] });
    const [finding] = withCode(lintPolicy(text, { kind: "identity" }), "VARIABLES_IN_OLD_VERSION");
    expect(finding?.path).toBe("Statement[0]");
  });

  it("does not warn about variables under 2012-10-17", () => {
    const findings = lintStatements([{ ...S3, Resource: "arn:aws:s3:::home/${aws:username}/*" }], { kind: "identity" });
    expect(withCode(findings, "VARIABLES_IN_OLD_VERSION")).toEqual([]);
  });

  it("reports duplicate Sids as an ERROR naming the first use", () => {
    const findings = lintStatements([{ Sid: "Read", ...S3 }, { Sid: "Read", ...S3, Action: "s3:PutObject" }], { kind: "identity" });
    const [finding] = withCode(findings, "DUPLICATE_SID");
    expect(finding).toMatchObject({ severity: "ERROR", path: "Statement[1].Sid" });
    expect(finding?.message).toContain("`Statement[0]`");
  });

  it("reports Allow with NotPrincipal as a SECURITY_WARNING", () => {
    const stmt = { Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" };
    const [finding] = withCode(lintStatements([stmt], { kind: "resource" }), "NOT_PRINCIPAL_WITH_ALLOW");
    expect(finding).toMatchObject({ severity: "SECURITY_WARNING", path: "Statement[0].NotPrincipal" });
  });

  it("accepts Deny with NotPrincipal", () => {
    const stmt = { Effect: "Deny", NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:*", Resource: "arn:aws:s3:::b/*" };
    expect(withCode(lintStatements([stmt], { kind: "resource" }), "NOT_PRINCIPAL_WITH_ALLOW")).toEqual([]);
  });
});

describe("grammar checks on an invalid version", () => {
  it("leaves an invalid Version to the parser instead of calling it missing", () => {
    const codes = lintPolicy(JSON.stringify({ Version: "2012-10-18", Statement: [S3] }), { kind: "identity" }).map((f) => f.code);
    expect(codes).toContain("INVALID_VERSION");
    expect(codes).not.toContain("MISSING_VERSION");
  });
});
