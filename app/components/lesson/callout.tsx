const KINDS = {
  note: { label: "Note", icon: "ℹ", box: "border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/50", title: "text-sky-900 dark:text-sky-200" },
  tip: { label: "Tip", icon: "✦", box: "border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/50", title: "text-emerald-900 dark:text-emerald-200" },
  warning: { label: "Warning", icon: "⚠", box: "border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/50", title: "text-amber-900 dark:text-amber-200" },
  misconception: {
    label: "Misconception",
    icon: "✗",
    box: "border-fuchsia-600 bg-fuchsia-50 dark:border-fuchsia-400 dark:bg-fuchsia-950/50",
    title: "text-fuchsia-900 dark:text-fuchsia-200",
  },
} as const;

/** A callout kind. */
export type CalloutKind = keyof typeof KINDS;

/**
 * `<Callout kind title>`: an aside with a heading, distinct per kind in light and dark mode. `uid`
 * (given by the lesson remark plugin) names the heading; no hooks, so it renders as static prose.
 */
export function Callout({ kind = "note", title, uid = "callout", children }: { kind?: string; title?: string; uid?: string; children?: React.ReactNode }) {
  const id = `${uid}-title`;
  const k = KINDS[(kind in KINDS ? kind : "note") as CalloutKind];
  return (
    <div role="note" aria-labelledby={id} className={`my-6 rounded-r-lg border-l-4 px-4 py-3 ${k.box}`}>
      <h3 id={id} className={`mb-1 flex items-baseline gap-2 text-base font-semibold ${k.title}`}>
        <span aria-hidden>{k.icon}</span>
        <span>
          {k.label}
          {title ? <span className="font-semibold">: {title}</span> : null}
        </span>
      </h3>
      <div className="callout-body text-slate-800 dark:text-slate-200 [&>p]:my-2">{children}</div>
    </div>
  );
}
