import { describe, expect, it } from "vitest";
import { parsePolicy } from "@/lib/iam";
import { LINT_CODES, LINT_RULES, lintPolicy } from "@/lib/iam/lint";
import { fixtureCatalog } from "./fixture-catalog";
import { codesOf, policyText, withCode } from "./helpers";

const CLEAN = { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/*" };

describe("lintPolicy", () => {
  it("returns no findings for a clean policy", () => {
    expect(lintPolicy(policyText(CLEAN), { kind: "identity", catalog: fixtureCatalog() })).toEqual([]);
  });

  it("reports invalid json as an ERROR with a range", () => {
    const [finding] = lintPolicy('{"Version": "2012-10-17",', { kind: "identity" });
    expect(finding?.severity).toBe("ERROR");
    expect(finding?.code).toBe("INVALID_JSON");
    expect(finding?.range?.start.line).toBe(1);
  });

  it("reports parser errors and still lints the statements that parsed", () => {
    const text = policyText({ Effect: "Allow", Action: "iam:*", Resource: "*" }, { Effect: "Maybe", Action: "s3:GetObject", Resource: "*" });
    const codes = codesOf(lintPolicy(text, { kind: "identity" }));
    expect(codes).toContain("INVALID_EFFECT");
    expect(codes).toContain("ALLOW_ALL_IAM_ACTIONS");
  });

  it("attaches source ranges when the input is text", () => {
    const text = policyText({ Effect: "Allow", Action: ["s3:GetObject", "iam:*"], Resource: "*" });
    const [finding] = withCode(lintPolicy(text, { kind: "identity" }), "ALLOW_ALL_IAM_ACTIONS");
    expect(finding?.path).toBe("Statement[0].Action[1]");
    expect(text.slice(finding?.range?.start.offset, finding?.range?.end.offset)).toBe('"iam:*"');
  });

  it("lints a raw document value without ranges", () => {
    const findings = lintPolicy({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:*", Resource: "arn:aws:iam::111122223333:user/*" }] });
    expect(codesOf(findings)).toEqual(["ALLOW_ALL_IAM_ACTIONS"]);
    expect(findings[0]?.range).toBeUndefined();
  });

  it("lints an already-parsed policy", () => {
    const parsed = parsePolicy(policyText({ Effect: "Allow", Action: "*", Resource: "arn:aws:s3:::reports/*" }), { kind: "identity" });
    if (!parsed.ok) throw new Error("fixture must parse");
    expect(codesOf(lintPolicy(parsed.policy, { kind: "identity" }))).toEqual(["ALLOW_ALL_ACTIONS"]);
  });

  it("skips catalog checks without a catalog", () => {
    const text = policyText({ Effect: "Allow", Action: "s3:NoSuchAction", Resource: "*" });
    expect(withCode(lintPolicy(text, { kind: "identity" }), "UNKNOWN_ACTION")).toEqual([]);
  });

  it("reports a parser finding only once when lint re-checks it", () => {
    const text = policyText({ Sid: "A", ...CLEAN }, { Sid: "A", ...CLEAN, Resource: "arn:aws:s3:::other/*" });
    const dups = withCode(lintPolicy(text, { kind: "identity" }), "DUPLICATE_SID");
    expect(dups).toHaveLength(1);
    expect(dups[0]?.severity).toBe("ERROR");
  });

  it("sorts findings by severity", () => {
    const text = policyText({ Effect: "Allow", Action: ["s3:GetObject", "s3:Get*"], Resource: "*" }, { Effect: "Allow", Action: "*", Resource: "*" });
    const severities = lintPolicy(text, { kind: "identity" }).map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => order(a) - order(b)));
  });

  it("writes messages lowercase-first without a trailing period", () => {
    const text = policyText({ Effect: "Allow", Action: ["iam:PassRole", "*"], Resource: "*", NotPrincipal: { AWS: "*" } });
    for (const f of lintPolicy(text, { catalog: fixtureCatalog() })) {
      expect(f.message.endsWith(".")).toBe(false);
      expect(f.message.charAt(0)).toBe(f.message.charAt(0).toLowerCase());
      expect(f.help.length).toBeGreaterThan(0);
    }
  });

  it("keeps codes and severities in one table", () => {
    for (const code of Object.keys(LINT_CODES)) expect(LINT_RULES).toHaveProperty(code);
  });
});

function order(severity: string): number {
  return ["ERROR", "SECURITY_WARNING", "WARNING", "SUGGESTION"].indexOf(severity);
}
