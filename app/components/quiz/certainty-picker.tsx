"use client";

const LEVELS = [
  { value: 1, label: "Not sure", marks: "+1 / 0" },
  { value: 2, label: "Fairly sure", marks: "+2 / −2" },
  { value: 3, label: "Very sure", marks: "+3 / −6" },
] as const;

/** Certainty-based marking: how sure the learner is (right +1/+2/+3, wrong 0/−2/−6). */
export function CertaintyPicker({ name, value, onChange, disabled }: { name: string; value: number | null; onChange: (v: 1 | 2 | 3) => void; disabled: boolean }) {
  return (
    <fieldset className="mt-5 rounded-lg border border-slate-200 p-3 dark:border-slate-700" disabled={disabled}>
      <legend className="px-1 text-sm font-semibold">How sure are you?</legend>
      <p className="muted mb-2 text-xs" id={`${name}-hint`}>
        Marks if right / wrong. Confident mistakes cost more than hesitant ones.
      </p>
      <div className="flex flex-wrap gap-2">
        {LEVELS.map((l) => (
          <label
            key={l.value}
            className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-1.5 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-600 dark:has-checked:border-brand-400 dark:has-checked:bg-brand-950"
          >
            <input type="radio" name={name} value={l.value} checked={value === l.value} onChange={() => onChange(l.value)} aria-describedby={`${name}-hint`} />
            <span>
              {l.label} <span className="muted text-xs">({l.marks})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
