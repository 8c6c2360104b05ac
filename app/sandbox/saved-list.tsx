import Link from "next/link";
import { DecisionBadge } from "@/app/components/iam/decision-badge";
import { DeleteSaved } from "@/app/components/sandbox/delete-saved";
import { listSandboxScenarios } from "@/lib/db/sandbox";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The learner's saved scenarios: open or delete. */
export async function SavedList({ userId }: { userId: string }) {
  const saved = await listSandboxScenarios(userId);
  if (saved.length === 0) return <p className="muted text-sm">Nothing saved yet. Build a scenario above and press Save.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Saved scenarios">
      {saved.map((s) => (
        <li key={s.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:gap-3">
          <span className="min-w-0 sm:flex-1">
            <span className="block font-medium break-words">{s.name}</span>
            <span className="muted text-xs">Saved {dateFormat.format(s.createdAt)} UTC</span>
          </span>
          <span className="flex flex-wrap items-center gap-2">
            <DecisionBadge decision={s.decision} prefix="" />
            <Link href={`/sandbox?open=${encodeURIComponent(s.id)}`} className="btn-secondary px-2.5 py-1 text-xs" aria-label={`Open “${s.name}”`}>
              Open
            </Link>
            <DeleteSaved id={s.id} name={s.name} />
          </span>
        </li>
      ))}
    </ul>
  );
}
