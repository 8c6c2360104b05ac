import { CodeBlock } from "./code-block";
import type { PartialRequest, ScenarioPolicies } from "@/lib/quiz";

/** Plain names of policy slots. */
export const SLOT_NAMES: Record<string, string> = {
  identity: "identity-based policy",
  resource: "resource-based policy",
  permissionBoundary: "permissions boundary",
  scps: "service control policy",
  rcps: "resource control policy",
  session: "session policy",
  vpcEndpoint: "VPC endpoint policy",
};

type Doc = ScenarioPolicies["resource"];
type Labeled = { path: string; label: string; doc: NonNullable<Doc> };

function pretty(doc: NonNullable<Doc>): string {
  if (typeof doc !== "string") return JSON.stringify(doc, null, 2);
  try {
    return JSON.stringify(JSON.parse(doc), null, 2);
  } catch {
    return doc;
  }
}

function levelName(level: number, count: number): string {
  if (level === 0) return "organization root";
  return level === count - 1 ? "account" : `OU level ${level}`;
}

/** Every policy of a scenario with a label and its `policies.…` path (the spot picker's paths). */
export function listPolicies(policies: ScenarioPolicies): Labeled[] {
  const out: Labeled[] = [];
  (policies.identity ?? []).forEach((doc, i) => out.push({ path: `policies.identity[${i}]`, label: `Identity-based policy ${i + 1}`, doc }));
  for (const slot of ["resource", "permissionBoundary", "session", "vpcEndpoint"] as const) {
    const doc = policies[slot];
    if (doc !== null && doc !== undefined) out.push({ path: `policies.${slot}`, label: SLOT_NAMES[slot]!.replace(/^./, (c) => c.toUpperCase()), doc });
  }
  for (const kind of ["scps", "rcps"] as const) {
    const levels = policies[kind] ?? [];
    levels.forEach((level, l) =>
      level.forEach((doc, i) => out.push({ path: `policies.${kind}[${l}][${i}]`, label: `${kind.toUpperCase().slice(0, 3)} at the ${levelName(l, levels.length)}${level.length > 1 ? ` (${i + 1})` : ""}`, doc })),
    );
  }
  return out;
}

const ROWS: [keyof PartialRequest, string][] = [
  ["principal", "Principal"],
  ["action", "Action"],
  ["resource", "Resource"],
  ["principalAccount", "Principal account"],
  ["resourceAccount", "Resource account"],
];

/** The request of a scenario as a definition list, with its context keys. */
export function RequestView({ request, title = "The request" }: { request: PartialRequest; title?: string }) {
  const context = Object.entries(request.context ?? {});
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-950/60">
      <h3 className="mb-2 font-semibold">{title}</h3>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        {ROWS.filter(([key]) => request[key] !== undefined).map(([key, label]) => (
          <div key={key} className="contents">
            <dt className="muted">{label}</dt>
            <dd className="min-w-0 font-mono text-xs break-all sm:text-sm">{typeof request[key] === "string" ? request[key] : JSON.stringify(request[key])}</dd>
          </div>
        ))}
      </dl>
      {context.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium">Request context ({context.length} keys)</summary>
          <dl className="mt-1 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
            {context.map(([key, value]) => (
              <div key={key} className="contents">
                <dt className="font-mono text-xs break-all">{key}</dt>
                <dd className="font-mono text-xs break-all text-slate-700 dark:text-slate-300">{Array.isArray(value) ? value.join(", ") : value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}

/** Policies of a scenario, each as formatted JSON with its label and path. */
export function PoliciesView({ policies, empty = "No policies." }: { policies: ScenarioPolicies; empty?: string }) {
  const list = listPolicies(policies);
  if (list.length === 0) return <p className="muted text-sm">{empty}</p>;
  return (
    <div className="space-y-3">
      {list.map((p) => (
        <figure key={p.path} className="min-w-0">
          <figcaption className="mb-1 flex flex-wrap items-baseline gap-x-2 text-sm">
            <span className="font-semibold">{p.label}</span>
            <span className="muted font-mono text-xs">{p.path}</span>
          </figcaption>
          <CodeBlock label={`${p.label} (JSON)`} className="max-h-96">
            {pretty(p.doc)}
          </CodeBlock>
        </figure>
      ))}
    </div>
  );
}

/** A predict or spot scenario: the request, then every policy. */
export function ScenarioView({ scenario }: { scenario: { request: PartialRequest; policies: ScenarioPolicies } }) {
  return (
    <div className="mt-4 space-y-4">
      <RequestView request={scenario.request} />
      <div>
        <h3 className="mb-2 text-sm font-semibold">The policies</h3>
        <PoliciesView policies={scenario.policies} />
      </div>
    </div>
  );
}
