/** Lists the policy documents of a scenario with their paths and kinds (for `iam lint`). */
import type { PolicyKind } from "@/lib/iam";
import type { ScenarioProblem } from "./scenario";

/** One policy document of a scenario. */
export interface PolicyDoc {
  /** Path inside the scenario, e.g. `policies.identity[0]` or `policies.scps[1][0]`. */
  path: string;
  kind: PolicyKind;
  /** The document: an object or JSON text. */
  doc: unknown;
}

const SINGLE: Record<string, PolicyKind> = { permissionBoundary: "boundary", session: "session", vpcEndpoint: "vpcEndpoint" };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isDoc(v: unknown): boolean {
  return typeof v === "string" || isRecord(v);
}

function asObject(doc: unknown): unknown {
  if (typeof doc !== "string") return doc;
  try {
    return JSON.parse(doc) as unknown;
  } catch {
    return undefined;
  }
}

/** `trust` when no statement names a Resource (a role trust policy), else `resource`. */
export function resourceKind(doc: unknown): PolicyKind {
  const d = asObject(doc);
  if (!isRecord(d)) return "resource";
  const list: unknown[] = Array.isArray(d.Statement) ? d.Statement : [d.Statement];
  return list.some((s) => isRecord(s) && ("Resource" in s || "NotResource" in s)) ? "resource" : "trust";
}

function listOf(raw: unknown, path: string, kind: PolicyKind, out: PolicyDoc[], problems: ScenarioProblem[]): void {
  if (raw === null || raw === undefined) return;
  if (!Array.isArray(raw)) {
    problems.push({ path, message: "must be an array of policies" });
    return;
  }
  raw.forEach((doc: unknown, i) => {
    if (isDoc(doc)) out.push({ path: `${path}[${i}]`, kind, doc });
    else problems.push({ path: `${path}[${i}]`, message: "a policy must be an object or json text" });
  });
}

function levelsOf(raw: unknown, path: string, kind: PolicyKind, out: PolicyDoc[], problems: ScenarioProblem[]): void {
  if (raw === null || raw === undefined) return;
  if (!Array.isArray(raw)) {
    problems.push({ path, message: "must be an array of levels (arrays of policies) or null" });
    return;
  }
  raw.forEach((level: unknown, l) => listOf(level ?? [], `${path}[${l}]`, kind, out, problems));
}

/** Every policy document of a scenario, in slot order, plus shape problems (paths inside the scenario). */
export function scenarioPolicies(scenario: unknown): { docs: PolicyDoc[]; problems: ScenarioProblem[] } {
  const docs: PolicyDoc[] = [];
  const problems: ScenarioProblem[] = [];
  if (!isRecord(scenario)) return { docs, problems: [{ path: "", message: "a scenario must be a json object" }] };
  const p = scenario.policies;
  if (p === undefined || p === null) return { docs, problems };
  if (!isRecord(p)) return { docs, problems: [{ path: "policies", message: "`policies` must be an object" }] };
  listOf(p.identity, "policies.identity", "identity", docs, problems);
  for (const slot of ["resource", "permissionBoundary", "session", "vpcEndpoint"] as const) {
    const doc = p[slot];
    if (doc === null || doc === undefined) continue;
    if (!isDoc(doc)) problems.push({ path: `policies.${slot}`, message: "must be a policy object, json text or null" });
    else docs.push({ path: `policies.${slot}`, kind: slot === "resource" ? resourceKind(doc) : (SINGLE[slot] ?? "identity"), doc });
  }
  levelsOf(p.scps, "policies.scps", "scp", docs, problems);
  levelsOf(p.rcps, "policies.rcps", "rcp", docs, problems);
  return { docs, problems };
}
