import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/app/components/pagination";
import { requireRole } from "@/lib/auth/session";
import { listQuestionReports, type ReportFilter, type ReportListItem } from "@/lib/db/reports";
import { CodeBlock } from "@/app/components/quiz/code-block";
import { markdownHtml } from "@/app/components/quiz/markdown";
import { ResolveButton } from "./resolve-button";

export const metadata: Metadata = { title: "Question reports" };

const FILTERS: { value: ReportFilter; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "resolved", label: "Resolved" },
  { value: "all", label: "All" },
];

function answerText(answer: unknown): string | null {
  if (answer === null || answer === undefined) return null;
  const policy = typeof answer === "object" ? (answer as { policy?: unknown }).policy : undefined;
  return typeof policy === "string" ? policy : JSON.stringify(answer, null, 2);
}

function Report({ report }: { report: ReportListItem }) {
  const answer = answerText(report.answer);
  const label = `${report.questionId} v${report.questionVersion}`;
  return (
    <li className="card space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 className="font-mono text-sm font-semibold">{label}</h2>
        <span className="muted text-xs">
          {report.reporter.name ?? report.reporter.email} · {report.createdAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
        </span>
        {report.resolved && <span className="rounded-full bg-emerald-100 px-2 text-xs text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">Resolved</span>}
      </div>
      <div className="quiz-prose rounded-lg border-l-4 border-amber-400 bg-amber-50 px-3 py-2 dark:bg-amber-950/30" dangerouslySetInnerHTML={{ __html: markdownHtml(report.message) }} />
      <details>
        <summary className="cursor-pointer text-sm font-semibold">The question</summary>
        <div className="quiz-prose mt-2 text-sm" dangerouslySetInnerHTML={{ __html: markdownHtml(report.prompt) }} />
      </details>
      {answer && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold">The learner&apos;s answer</summary>
          <CodeBlock label="The learner's answer" className="mt-2 max-h-64">
            {answer}
          </CodeBlock>
        </details>
      )}
      <ResolveButton reportId={report.id} resolved={report.resolved} label={label} />
    </li>
  );
}

/** INSTRUCTOR: reports learners sent from inside quizzes, with the version and their answer. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  await requireRole("INSTRUCTOR", "/instructor/reports");
  const params = await searchParams;
  const filter = FILTERS.find((f) => f.value === params.status)?.value ?? "open";
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const { reports, total, pageSize } = await listQuestionReports(filter, page);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number) => `/instructor/reports?status=${filter}&page=${p}`;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Question reports</h1>
      <nav aria-label="Report status" className="flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link key={f.value} href={`/instructor/reports?status=${f.value}`} aria-current={f.value === filter ? "page" : undefined} className={f.value === filter ? "btn-primary" : "btn-secondary"}>
            {f.label}
          </Link>
        ))}
      </nav>
      <p className="muted text-sm">
        {total} {filter === "all" ? "" : `${filter} `}
        {total === 1 ? "report" : "reports"}
      </p>
      {reports.length > 0 && (
        <ul className="space-y-4">
          {reports.map((r) => (
            <Report key={r.id} report={r} />
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pages} href={link} />
    </div>
  );
}
