"use client";

/** One navigator entry's state. */
export type NavState = { answered: boolean; flagged: boolean; correct: boolean | null };

function describe(n: number, s: NavState): string {
  const parts = [`Question ${n}`];
  parts.push(s.answered ? "answered" : "not answered");
  if (s.correct !== null) parts.push(s.correct ? "correct" : "not correct");
  if (s.flagged) parts.push("flagged for review");
  return parts.join(", ");
}

function tone(s: NavState, current: boolean): string {
  const ring = current ? " ring-2 ring-brand-600 ring-offset-2 ring-offset-white dark:ring-brand-400 dark:ring-offset-slate-900" : "";
  if (s.correct === true) return `border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100${ring}`;
  if (s.correct === false) return `border-red-600 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-100${ring}`;
  if (s.answered) return `border-brand-700 bg-brand-700 text-white dark:border-brand-400 dark:bg-brand-500 dark:text-slate-950${ring}`;
  return `border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100${ring}`;
}

/** Grid of question buttons showing answered / flagged (and, in practice, right or wrong). */
export function QuestionNavigator({ states, current, onGo, disabled }: { states: NavState[]; current: number; onGo: (i: number) => void; disabled: boolean }) {
  return (
    <nav aria-label="Questions">
      <ol className="flex flex-wrap gap-2">
        {states.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              onClick={() => onGo(i)}
              disabled={disabled}
              aria-label={describe(i + 1, s)}
              aria-current={i === current ? "step" : undefined}
              className={`relative flex size-10 items-center justify-center rounded-lg border text-sm font-semibold ${tone(s, i === current)}`}
            >
              {i + 1}
              {s.flagged && (
                <span aria-hidden="true" className="absolute -top-1.5 -right-1.5 rounded-full bg-amber-400 px-1 text-[0.6rem] leading-4 text-slate-950">
                  ⚑
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
      <p className="muted mt-2 text-xs">
        <span aria-hidden="true">⚑</span> flagged for review
      </p>
    </nav>
  );
}
