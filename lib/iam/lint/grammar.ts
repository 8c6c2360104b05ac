import type { Diagnostic, Statement } from "../types";
import type { LintSeverity } from "./codes";
import { type LintContext, type LintFinding } from "./context";

/** Parser codes whose lint severity differs from the parser's error/warning split. */
const SEVERITY_OVERRIDES: Record<string, LintSeverity> = {
  DUPLICATE_SID: "ERROR",
  NOT_PRINCIPAL_WITH_ALLOW: "SECURITY_WARNING",
};

/** Turns parser diagnostics into findings (errors become ERROR, warnings WARNING). */
export function findingsFromDiagnostics(diagnostics: readonly Diagnostic[]): LintFinding[] {
  return diagnostics.map((d) => {
    const severity = SEVERITY_OVERRIDES[d.code] ?? (d.severity === "error" ? "ERROR" : "WARNING");
    const finding: LintFinding = { severity, code: d.code, message: d.message, path: d.path, help: d.help ?? "" };
    if (d.range) finding.range = d.range;
    return finding;
  });
}

const VARIABLE = /\$\{[^}]*\}/;

function usesVariables(stmt: Statement): boolean {
  const values = [...(stmt.resource ?? []), ...(stmt.notResource ?? []), ...stmt.conditions.flatMap((c) => c.values)];
  return values.some((v) => VARIABLE.test(v));
}

/** Version, Sid and NotPrincipal checks (also run when lint receives an already-parsed policy). */
export function checkGrammar(ctx: LintContext): void {
  const { policy } = ctx;
  // INVARIANT: a `Version` that is present but invalid is in the source map (the parser reports it).
  if (!policy.versionPresent && !policy.sourceMap?.Version) {
    ctx.report("MISSING_VERSION", "Version", "policy has no `Version`; aws treats it as `2008-10-17`", 'add `"Version": "2012-10-17"` as the first element');
  }
  if (policy.version === "2008-10-17") {
    for (const stmt of policy.statements.filter(usesVariables)) {
      ctx.report(
        "VARIABLES_IN_OLD_VERSION",
        stmt.path,
        "policy variables such as `${aws:username}` are plain text under version `2008-10-17`",
        'set `"Version": "2012-10-17"` so that aws replaces the variables',
      );
    }
  }
  const seen = new Map<string, Statement>();
  for (const stmt of policy.statements) {
    if (stmt.sid === undefined || stmt.sid === "") continue;
    const first = seen.get(stmt.sid);
    if (first) {
      ctx.report("DUPLICATE_SID", `${stmt.path}.Sid`, `duplicate \`Sid\` \`${stmt.sid}\` (first used in \`${first.path}\`)`, "give every statement a unique `Sid`");
    } else seen.set(stmt.sid, stmt);
  }
  for (const stmt of policy.statements) {
    if (stmt.effect !== "Allow" || !stmt.notPrincipal) continue;
    ctx.report(
      "NOT_PRINCIPAL_WITH_ALLOW",
      `${stmt.path}.NotPrincipal`,
      "`Allow` with `NotPrincipal` grants access to every principal not listed, including anonymous users",
      "name the principals to allow in `Principal` instead",
    );
  }
}
