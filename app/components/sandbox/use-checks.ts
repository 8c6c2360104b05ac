"use client";
import { useEffect, useMemo, useState } from "react";
import { parsePolicy, type Diagnostic } from "@/lib/iam";
import type { LintFinding } from "@/lib/iam/lint";
import type { BrowserCatalog } from "@/lib/iam/catalog/load-browser";
import type { PolicyRef } from "./model";
import type { EditorMark } from "./cm-setup";
import type { EditorProblem } from "./policy-editor";

/** Parser diagnostics of each policy (by scenario path), as editor problems. */
export function useParseProblems(policies: PolicyRef[]): Record<string, EditorProblem[]> {
  const key = JSON.stringify(policies);
  return useMemo(() => {
    const out: Record<string, EditorProblem[]> = {};
    for (const p of JSON.parse(key) as PolicyRef[]) out[p.path] = parsePolicy(p.text, { kind: p.kind }).diagnostics.map(toProblem);
    return out;
  }, [key]);
}

function toProblem(d: Diagnostic): EditorProblem {
  const at = d.range?.start;
  // A diagnostic without a range is listed but not underlined (from = -1).
  const problem: EditorProblem = { from: at?.offset ?? -1, to: d.range?.end.offset ?? -1, severity: d.severity, message: d.path ? `${d.message} (at ${d.path})` : d.message, code: d.code };
  if (at) Object.assign(problem, { line: at.line, column: at.column });
  return problem;
}

/** Editor underlines for lint findings that carry a source range. */
export function lintMarks(findings: readonly LintFinding[]): EditorMark[] {
  return findings.flatMap((f) => (f.range ? [{ from: f.range.start.offset, to: f.range.end.offset, severity: f.severity === "ERROR" ? ("error" as const) : ("warning" as const), message: f.message }] : []));
}

type LintModules = { lint: typeof import("@/lib/iam/lint"); catalog: BrowserCatalog };
let modules: Promise<LintModules> | undefined;
/** Loads lint and the catalog index once, on first use. */
function loadLint(): Promise<LintModules> {
  modules ??= Promise.all([import("@/lib/iam/lint"), import("@/lib/iam/catalog/load-browser").then((m) => m.createBrowserCatalog())]).then(([lint, catalog]) => ({ lint, catalog }));
  modules.catch(() => (modules = undefined));
  return modules;
}

/** Lint state: findings by policy path, or why there are none yet. */
export type LintState = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; findings: Record<string, LintFinding[]> };

const SERVICE_IN_TEXT = /"([a-z0-9-]+):[A-Za-z0-9*?]/g;

/**
 * Lints every policy with the action catalog, loading the catalog services the policies name on
 * demand. Parser errors are left to the editors (they are listed there); lint's own findings only.
 */
export function useLint(policies: PolicyRef[], accountId: string): LintState {
  const key = JSON.stringify({ policies, accountId });
  const [state, setState] = useState<LintState & { key?: string }>({ status: "loading" });

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      const input = JSON.parse(key) as { policies: PolicyRef[]; accountId: string };
      loadLint()
        .then(async ({ lint, catalog }) => {
          const prefixes = input.policies.flatMap((p) => [...p.text.matchAll(SERVICE_IN_TEXT)].map((m) => m[1] ?? ""));
          await catalog.ensureServices(prefixes);
          const findings: Record<string, LintFinding[]> = {};
          for (const p of input.policies) {
            const all = lint.lintPolicy(p.text, { kind: p.kind, catalog: catalog.catalog, ...(input.accountId ? { accountId: input.accountId } : {}) });
            findings[p.path] = all.filter((f) => f.code in lint.LINT_RULES);
          }
          if (live) setState({ status: "ready", findings, key });
        })
        .catch((err: unknown) => {
          if (live) setState({ status: "failed", message: err instanceof Error ? err.message : "the action catalog could not be loaded" });
        });
    }, 400);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key]);

  return state;
}
