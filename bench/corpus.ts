/** Loads the evaluator fixture corpus (tests/fixtures/iam/*.json) for the benchmarks. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The fixture directory. */
export const FIXTURE_DIR = fileURLToPath(new URL("../tests/fixtures/iam/", import.meta.url));

/** A context value as the scenario format allows it. */
export type ContextValue = string | string[];

/** The `request` of a scenario. */
export interface BenchRequest {
  principal: string;
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
  resourceAccount?: string;
  principalAccount?: string;
}

/** The `policies` of a scenario (documents are objects or JSON text). */
export interface BenchPolicies {
  identity?: unknown[] | null;
  resource?: unknown;
  permissionBoundary?: unknown;
  scps?: unknown[][] | null;
  rcps?: unknown[][] | null;
  session?: unknown;
  vpcEndpoint?: unknown;
}

/** One fixture scenario. */
export interface BenchScenario {
  id: string;
  file: string;
  request: BenchRequest;
  policies: BenchPolicies;
  organization?: { managementAccountId?: string };
  expected: "Allow" | "ExplicitDeny" | "ImplicitDeny";
  source?: string;
  why?: string;
}

/** Every fixture scenario, in file then case order. Throws on a malformed file (fixtures are tested elsewhere). */
export function loadCorpus(dir = FIXTURE_DIR): BenchScenario[] {
  const out: BenchScenario[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const parsed = JSON.parse(readFileSync(join(dir, file), "utf8")) as { cases: Omit<BenchScenario, "file">[] };
    for (const c of parsed.cases) out.push({ ...c, file });
  }
  return out;
}
