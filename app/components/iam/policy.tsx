import { highlightToHtml } from "@/lib/content/mdx/highlight";
import { compactShiki } from "@/app/components/lesson/compact-shiki";
import "@/app/components/lesson/lesson-ui.css";
import { CopyIcon } from "./icons";
import { LintBadge } from "./lint-badge";
import { lintForDisplay } from "./policy-lint";

const KIND_LABEL: Record<string, string> = {
  identity: "Identity-based policy",
  resource: "Resource-based policy",
  trust: "Role trust policy",
  boundary: "Permissions boundary",
  scp: "Service control policy",
  rcp: "Resource control policy",
  session: "Session policy",
  vpcEndpoint: "VPC endpoint policy",
};

/**
 * A policy from a ```json policy block: highlighted, linted at build time, copyable as a scenario.
 * No client components inside: lesson prose is static HTML, and the copy button works through
 * `ProseEnhancer` (`data-copy-scenario` names the policy kind, `data-block-id` the scenario id).
 */
export async function Policy({ source, policyKind, title, blockId, expectLint }: { source: string; policyKind?: string; title?: string; blockId?: string; expectLint?: string }) {
  const kind = policyKind ?? "identity";
  const [html, findings] = await Promise.all([highlightToHtml(source, "json").then(compactShiki), Promise.resolve(lintForDisplay(source, kind))]);
  // The scenario is built in the browser from the policy's text when the button is pressed
  // (prose-behaviour.ts, scenarioSkeleton), so the page does not carry each policy twice; the
  // button is offered when that text is JSON.
  let copyable = true;
  try {
    JSON.parse(source);
  } catch {
    copyable = false;
  }
  return (
    <figure className="my-6 rounded-xl border border-slate-200 bg-white p-3 sm:p-4 dark:border-slate-800 dark:bg-slate-900/60">
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span className="font-semibold">{title ?? KIND_LABEL[kind] ?? "Policy"}</span>
        <span className="muted text-xs">{KIND_LABEL[kind] ?? kind}</span>
      </figcaption>
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {expectLint && findings.some((f) => f.code === expectLint) ? (
        <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">
          This example shows the <code>{expectLint}</code> finding on purpose.
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <LintBadge findings={findings} />
        {copyable ? (
          <span className="inline-flex items-center gap-2">
            <button type="button" className="btn-secondary px-2.5 py-1 text-xs" data-copy-scenario={kind} data-block-id={blockId}>
              <CopyIcon /> Copy as scenario JSON
            </button>
            <span role="status" className="text-xs text-slate-700 dark:text-slate-300" />
          </span>
        ) : null}
      </div>
    </figure>
  );
}
