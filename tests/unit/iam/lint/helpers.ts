import { lintPolicy, type LintFinding, type LintOptions } from "@/lib/iam/lint";

/** A policy document text with `Version` 2012-10-17 and the given statements. */
export function policyText(...statements: object[]): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statements }, null, 2);
}

/** Lints a document built from statements. */
export function lintStatements(statements: object[], options: LintOptions = {}): LintFinding[] {
  return lintPolicy(policyText(...statements), options);
}

/** Findings with a given code. */
export function withCode(findings: LintFinding[], code: string): LintFinding[] {
  return findings.filter((f) => f.code === code);
}

/** The codes of the findings, in order. */
export function codesOf(findings: LintFinding[]): string[] {
  return findings.map((f) => f.code);
}
