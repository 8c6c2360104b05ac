"use client";
import { useState } from "react";
import { newPolicyText, type LevelSlot, type SandboxState, type SingleSlot } from "./model";
import { PolicyCard } from "./policy-card";
import type { EditorProblem } from "./policy-editor";
import type { LintState } from "./use-checks";
import { levelName } from "./wording";

interface Props {
  state: SandboxState;
  update: (fn: (s: SandboxState) => SandboxState) => void;
  problems: Record<string, EditorProblem[]>;
  lint: LintState;
  plain: boolean;
}

/** A collapsible section; open at first when it has content. */
function Section({ id, title, hint, count, children }: { id: string; title: string; hint: string; count: number; children: React.ReactNode }) {
  const [open, setOpen] = useState(count > 0);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="group rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" aria-labelledby={`${id}-title`}>
      <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-2 rounded-xl px-3 py-3 sm:px-4">
        <span aria-hidden className="inline-block w-3 text-slate-500 transition-transform group-open:rotate-90 dark:text-slate-400">
          ▸
        </span>
        <h3 id={`${id}-title`} className="inline font-semibold">
          {title}
        </h3>
        <span className="muted text-sm">{count === 0 ? "none" : `${count} polic${count === 1 ? "y" : "ies"}`}</span>
      </summary>
      <div className="space-y-3 px-3 pb-4 sm:px-4">
        <p className="muted text-sm">{hint}</p>
        {children}
      </div>
    </details>
  );
}

const SINGLE: { slot: SingleSlot; title: string; hint: string }[] = [
  { slot: "resource", title: "Resource-based or trust policy", hint: "The resource's own policy (bucket, queue, key), or the role's trust policy for sts:AssumeRole*." },
  { slot: "permissionBoundary", title: "Permissions boundary", hint: "Caps what the principal's identity policies can allow." },
  { slot: "session", title: "Session policy", hint: "Passed when the session was created; caps the session's permissions." },
  { slot: "vpcEndpoint", title: "VPC endpoint policy", hint: "Applies when the request goes through a VPC endpoint." },
];

const LEVELS: { slot: LevelSlot; title: string; short: string; hint: string }[] = [
  { slot: "scps", title: "Service control policies (SCPs)", short: "SCP", hint: "The caller's organization, from the root down to the account: every level needs an Allow." },
  { slot: "rcps", title: "Resource control policies (RCPs)", short: "RCP", hint: "The resource's organization: RCPFullAWSAccess is implied, so only Deny statements matter." },
];

/** The policy editors, one collapsible section per policy type, with add and remove. */
export function PolicySections({ state, update, problems, lint, plain }: Props) {
  const card = (path: string, title: string, text: string, set: (t: string) => void, remove: () => void) => (
    <PolicyCard key={path} path={path} title={title} text={text} onChange={set} onRemove={remove} problems={problems[path] ?? []} lint={lint} plain={plain} />
  );

  return (
    <div className="space-y-3">
      <Section id="sec-identity" title="Identity-based policies" hint="Inline, managed and group policies of the principal." count={state.identity.length}>
        {state.identity.map((text, i) =>
          card(
            `policies.identity[${i}]`,
            `Identity policy ${i + 1}`,
            text,
            (t) => update((s) => ({ ...s, identity: s.identity.map((x, j) => (j === i ? t : x)) })),
            () => update((s) => ({ ...s, identity: s.identity.filter((_, j) => j !== i) })),
          ),
        )}
        <button type="button" className="btn-secondary px-3 py-1.5" onClick={() => update((s) => ({ ...s, identity: [...s.identity, newPolicyText("identity")] }))}>
          Add identity policy
        </button>
      </Section>

      {SINGLE.map(({ slot, title, hint }) => {
        const text = state[slot];
        return (
          <Section key={slot} id={`sec-${slot}`} title={title} hint={hint} count={text === null ? 0 : 1}>
            {text === null ? (
              <button type="button" className="btn-secondary px-3 py-1.5" onClick={() => update((s) => ({ ...s, [slot]: newPolicyText(slot) }))}>
                Add {title.toLowerCase()}
              </button>
            ) : (
              card(`policies.${slot}`, title, text, (t) => update((s) => ({ ...s, [slot]: t })), () => update((s) => ({ ...s, [slot]: null })))
            )}
          </Section>
        );
      })}

      {LEVELS.map(({ slot, title, short, hint }) => {
        const levels = state[slot];
        const setLevels = (fn: (l: string[][]) => string[][] | null) => update((s) => ({ ...s, [slot]: fn(s[slot] ?? []) }));
        return (
          <Section key={slot} id={`sec-${slot}`} title={title} hint={hint} count={levels?.flat().length ?? 0}>
            {levels === null ? <p className="text-sm">No {short}s apply.</p> : null}
            {levels?.map((level, l) => (
              <fieldset key={l} className="space-y-2 rounded-lg border border-dashed border-slate-300 p-2 sm:p-3 dark:border-slate-700">
                <legend className="px-1 text-sm font-medium">
                  Level {l}: {levelName(l)}
                </legend>
                {level.length === 0 ? <p className="muted text-sm">No {short}s at this level: nothing is allowed here.</p> : null}
                {level.map((text, i) =>
                  card(
                    `policies.${slot}[${l}][${i}]`,
                    `${short} ${i + 1} at level ${l}`,
                    text,
                    (t) => setLevels((ls) => ls.map((lv, a) => (a === l ? lv.map((x, b) => (b === i ? t : x)) : lv))),
                    () => setLevels((ls) => ls.map((lv, a) => (a === l ? lv.filter((_, b) => b !== i) : lv))),
                  ),
                )}
                <div className="flex flex-wrap gap-2">
                  <button type="button" className="btn-secondary px-3 py-1.5 text-xs" onClick={() => setLevels((ls) => ls.map((lv, a) => (a === l ? [...lv, newPolicyText(slot)] : lv)))}>
                    Add {short} to level {l}
                  </button>
                  <button type="button" className="btn-secondary px-3 py-1.5 text-xs" onClick={() => setLevels((ls) => (ls.length === 1 ? null : ls.filter((_, a) => a !== l)))}>
                    Remove level {l}
                  </button>
                </div>
              </fieldset>
            ))}
            <div className="flex flex-wrap gap-2">
              <button type="button" className="btn-secondary px-3 py-1.5" onClick={() => setLevels((ls) => [...ls, [newPolicyText(slot)]])}>
                {levels === null ? `Add ${short}s (organization root level)` : "Add a level below"}
              </button>
              {levels !== null ? (
                <button type="button" className="btn-secondary px-3 py-1.5" onClick={() => setLevels(() => null)}>
                  Remove all {short}s
                </button>
              ) : null}
            </div>
          </Section>
        );
      })}
    </div>
  );
}
