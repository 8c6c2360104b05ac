import type { GroupScore } from "@/lib/quiz";

const pct = (r: number) => `${Math.round(r * 100)}%`;

/** Scores grouped by topic or exam domain, as a table with bars. */
export function ScoreTable({ caption, groups, name }: { caption: string; groups: GroupScore[]; name: (key: string) => string }) {
  if (groups.length === 0) return null;
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-3 text-left text-lg font-semibold">{caption}</caption>
        <thead className="muted text-xs">
          <tr>
            <th scope="col" className="pr-3 pb-2 font-medium">{caption.replace(/^Score by /, "").replace(/^./, (c) => c.toUpperCase())}</th>
            <th scope="col" className="pr-3 pb-2 font-medium">Correct</th>
            <th scope="col" className="pb-2 font-medium">Score</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row" className="py-2 pr-3 font-normal">{name(g.key)}</th>
              <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
                {g.correct} of {g.answered}
              </td>
              <td className="py-2">
                <span className="flex items-center gap-2">
                  <progress className="h-2 w-20 accent-brand-600 sm:w-32" max={1} value={g.ratio} aria-label={`${name(g.key)} score`} />
                  <span className="tabular-nums">{pct(g.ratio)}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
