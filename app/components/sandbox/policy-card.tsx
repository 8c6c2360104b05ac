"use client";
import type { LintFinding, LintSeverity } from "@/lib/iam/lint";
import { PolicyEditor, type EditorProblem } from "./policy-editor";
import { lintMarks, type LintState } from "./use-checks";

const SEVERITY: Record<LintSeverity, { label: string; icon: string; tone: string }> = {
  ERROR: { label: "error", icon: "✖", tone: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" },
  SECURITY_WARNING: { label: "security warning", icon: "⚠", tone: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200" },
  WARNING: { label: "warning", icon: "▲", tone: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  SUGGESTION: { label: "suggestion", icon: "ℹ", tone: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200" },
};
const ORDER: LintSeverity[] = ["ERROR", "SECURITY_WARNING", "WARNING", "SUGGESTION"];

/** Lint findings of one policy: counts by severity, the findings behind a disclosure. */
export function LintFindings({ state, path }: { state: LintState; path: string }) {
  if (state.status === "loading") return <p className="muted text-xs">Lint: loading the action catalog…</p>;
  if (state.status === "failed") return <p className="text-xs text-amber-900 dark:text-amber-200">Lint unavailable: {state.message}</p>;
  const findings = state.findings[path];
  if (!findings) return <p className="muted text-xs">Lint: checking…</p>;
  if (findings.length === 0) {
    return (
      <p className="inline-flex items-center gap-1.5 rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
        <span aria-hidden>✓</span> Lint: no findings
      </p>
    );
  }
  const counts = ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-xs font-medium">
        <span className="mr-1">Lint:</span>
        {counts.map(([s, n]) => (
          <span key={s} className={`mr-1 inline-flex items-center gap-1 rounded-full px-2 py-0.5 ${SEVERITY[s].tone}`}>
            <span aria-hidden>{SEVERITY[s].icon}</span>
            {n} {SEVERITY[s].label}
            {n === 1 ? "" : "s"}
          </span>
        ))}
      </summary>
      <ul className="mt-2 space-y-2">
        {findings.map((f: LintFinding, i) => (
          <li key={i} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <p>
              <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${SEVERITY[f.severity].tone}`}>{SEVERITY[f.severity].label}</span>
              <code className="text-xs">{f.code}</code>
              {f.range ? <span className="muted text-xs"> · line {f.range.start.line}</span> : null}
              {f.path ? <span className="muted text-xs break-all"> · {f.path}</span> : null}
            </p>
            <p className="mt-1 break-words">{f.message}</p>
            {f.help ? <p className="muted mt-1 text-xs">{f.help}</p> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

interface CardProps {
  /** Scenario path, e.g. `policies.identity[0]`. */
  path: string;
  title: string;
  text: string;
  onChange: (text: string) => void;
  onRemove: () => void;
  problems: EditorProblem[];
  lint: LintState;
  plain: boolean;
}

/** One policy: title, remove button, editor and lint. */
export function PolicyCard({ path, title, text, onChange, onRemove, problems, lint, plain }: CardProps) {
  const id = `pol-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
  const findings = lint.status === "ready" ? (lint.findings[path] ?? []) : [];
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-2 sm:p-3 dark:border-slate-700" data-policy-path={path}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-sm font-semibold">
          {title} <code className="muted text-xs font-normal">{path}</code>
        </h4>
        <button type="button" className="btn-secondary px-2.5 py-1 text-xs" onClick={onRemove} aria-label={`Remove ${title}`}>
          Remove
        </button>
      </div>
      <PolicyEditor id={id} label={`${title} (JSON)`} value={text} onChange={onChange} problems={problems} lintMarks={lintMarks(findings)} plain={plain} />
      <LintFindings state={lint} path={path} />
    </div>
  );
}
