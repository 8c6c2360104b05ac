import Link from "next/link";

const decisionSteps = [
  { gate: "Explicit deny anywhere?", outcome: "Deny wins over everything" },
  { gate: "Organizations SCPs and RCPs", outcome: "Every level must allow" },
  { gate: "Resource-based policy", outcome: "May grant on its own" },
  { gate: "Identity policies", outcome: "Must allow the action" },
  { gate: "Boundary and session policy", outcome: "Can only narrow" },
];

export default function HomePage() {
  return (
    <div className="space-y-16">
      <section className="grid items-center gap-10 lg:grid-cols-[1.2fr_1fr]">
        <div>
          <p className="mb-3 text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">
            For SAA-C03, SCS-C02 and everyone who writes IAM policies
          </p>
          <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">Learn AWS IAM by running it.</h1>
          <p className="mt-5 max-w-xl text-lg text-slate-700 dark:text-slate-300">
            Principal explains identities, policies, roles, <code className="font-mono">iam:PassRole</code>, federation and the
            confused deputy, then lets you test every claim. Each answer comes from one policy evaluator that follows
            AWS&apos;s published evaluation logic and shows its reasoning, statement by statement.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/signup" className="btn-primary">
              Create a free account
            </Link>
            <Link href="/signin" className="btn-secondary">
              Sign in
            </Link>
          </div>
          <p className="muted mt-4 text-sm">
            Lessons and the sandbox are open without an account; sign in to keep your progress.
          </p>
        </div>
        <figure className="card font-mono text-sm" aria-labelledby="flow-caption">
          <figcaption id="flow-caption" className="mb-4 font-sans text-sm font-semibold">
            How AWS decides a request, in the order Principal traces it
          </figcaption>
          <ol className="space-y-2">
            {decisionSteps.map((step, i) => (
              <li key={step.gate} className="flex items-start gap-3 rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
                <span className="grid size-6 shrink-0 place-items-center rounded-full bg-brand-700 text-xs text-white dark:bg-brand-500 dark:text-slate-950">
                  {i + 1}
                </span>
                <span>
                  <span className="block font-sans font-medium">{step.gate}</span>
                  <span className="muted font-sans text-xs">{step.outcome}</span>
                </span>
              </li>
            ))}
          </ol>
        </figure>
      </section>
      <section aria-labelledby="why" className="grid gap-6 sm:grid-cols-3">
        <h2 id="why" className="sr-only">
          What you get
        </h2>
        {[
          ["Exact answers", "Quiz keys and sandbox grades are computed by the evaluator, never typed by hand."],
          ["Explanations you can follow", "Every decision lists the gates, the statements and the condition values that decided it."],
          ["Practice that sticks", "Predict decisions, fix broken policies, and review what you missed on a schedule."],
        ].map(([title, text]) => (
          <div key={title} className="card">
            <h3 className="font-semibold">{title}</h3>
            <p className="muted mt-2 text-sm">{text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
