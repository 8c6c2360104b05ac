import { InlineMarkdown } from "@/app/components/lesson/inline-markdown";
import type { LintSeverity } from "@/lib/iam/lint";
import { SEVERITIES, type ShownFinding } from "./policy-lint";

const LABEL: Record<LintSeverity, [string, string]> = {
  ERROR: ["error", "errors"],
  SECURITY_WARNING: ["security warning", "security warnings"],
  WARNING: ["warning", "warnings"],
  SUGGESTION: ["suggestion", "suggestions"],
};

const TONE: Record<LintSeverity, string> = {
  ERROR: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  SECURITY_WARNING: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200",
  WARNING: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  SUGGESTION: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
};

const ICON: Record<LintSeverity, string> = { ERROR: "✖", SECURITY_WARNING: "⚠", WARNING: "▲", SUGGESTION: "ℹ" };

/** Lint result of a policy: counts by severity, and the findings behind a disclosure. */
export function LintBadge({ findings }: { findings: ShownFinding[] }) {
  if (findings.length === 0) {
    return (
      <p className="inline-flex items-center gap-1.5 rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
        <span aria-hidden>✓</span> Lint: no findings
      </p>
    );
  }
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return (
    <details className="group text-sm">
      <summary className="inline-flex cursor-pointer list-none flex-wrap items-center gap-1.5 rounded-md text-xs font-medium">
        <span className="sr-only">Lint findings:</span>
        {counts.map(([s, n]) => (
          <span key={s} className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 ${TONE[s]}`}>
            <span aria-hidden>{ICON[s]}</span>
            {n} {LABEL[s][n === 1 ? 0 : 1]}
          </span>
        ))}
        <span className="text-brand-700 underline dark:text-brand-300">
          <span className="group-open:hidden">Show</span>
          <span className="hidden group-open:inline">Hide</span>
        </span>
      </summary>
      <ul className="mt-2 space-y-2">
        {findings.map((f, i) => (
          <li key={i} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <p>
              <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${TONE[f.severity]}`}>{LABEL[f.severity][0]}</span>
              <code className="text-xs">{f.code}</code>
              {f.line ? <span className="muted text-xs"> · line {f.line}</span> : null}
              {f.path ? <span className="muted text-xs"> · {f.path}</span> : null}
            </p>
            <p className="mt-1">
              <InlineMarkdown text={f.message} />
            </p>
            {f.help ? (
              <p className="muted mt-1 text-xs">
                <InlineMarkdown text={f.help} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
