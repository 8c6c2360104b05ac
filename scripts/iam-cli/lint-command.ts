/** `iam lint FILE`: one JSON line per lint finding of every policy of every scenario. */
import { fileURLToPath } from "node:url";
import type { Catalog } from "@/lib/iam/catalog/types";
import { tryLoadNodeCatalog } from "@/lib/iam/catalog/load-node";
import { lintPolicy, type LintFinding } from "@/lib/iam/lint";
import { joinPath, loadScenarioFile, scenarioLabel, type ScenarioEntry } from "./input";
import { EXIT, type CliIo } from "./io";
import { scenarioPolicies } from "./policies";

const PROJECT_CATALOG = fileURLToPath(new URL("../../public/iam-catalog", import.meta.url));

/** The node catalog: `$IAM_CATALOG_DIR`, else the project's `public/iam-catalog`; undefined when not built. */
export function loadCliCatalog(): Catalog | undefined {
  try {
    return tryLoadNodeCatalog({ dir: process.env.IAM_CATALOG_DIR ?? PROJECT_CATALOG });
  } catch {
    return undefined;
  }
}

function requestAccount(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const request = (raw as { request?: unknown }).request;
  if (typeof request !== "object" || request === null) return undefined;
  const account = (request as { resourceAccount?: unknown }).resourceAccount;
  return typeof account === "string" ? account : undefined;
}

/** The JSON object printed for one finding. */
export function findingLine(entry: ScenarioEntry, policyPath: string, f: LintFinding): Record<string, unknown> {
  const line: Record<string, unknown> = { id: entry.id ?? null };
  if (entry.id === undefined) line.index = entry.index;
  return { ...line, policy: policyPath, path: f.path, severity: f.severity, code: f.code, message: f.message, help: f.help };
}

function lintEntry(entry: ScenarioEntry, catalog: Catalog | undefined, io: CliIo): { errors: number; invalid: boolean } {
  const { docs, problems } = scenarioPolicies(entry.raw);
  for (const p of problems) io.err(`error: ${scenarioLabel(entry)}: ${joinPath(entry.path, p.path) || "(scenario)"}: ${p.message}`);
  const accountId = requestAccount(entry.raw);
  let errors = 0;
  for (const d of docs) {
    const findings = lintPolicy(d.doc, { kind: d.kind, ...(catalog ? { catalog } : {}), ...(accountId ? { accountId } : {}) });
    for (const f of findings) {
      if (f.severity === "ERROR") errors++;
      io.out(JSON.stringify(findingLine(entry, d.path, f)));
    }
  }
  return { errors, invalid: problems.length > 0 };
}

/** Runs `iam lint`; returns the exit code (1 when any finding has severity ERROR). */
export function runLint(file: string, io: CliIo, catalog: Catalog | undefined = loadCliCatalog()): number {
  const loaded = loadScenarioFile(file, io.readStdin);
  if (!loaded.ok) {
    io.err(`error: ${loaded.message}`);
    return EXIT.USAGE_OR_FILE;
  }
  if (!catalog) io.err("warning: the iam catalog is not built (run `npx tsx scripts/build-iam-catalog.ts`); catalog checks skipped");
  let errors = 0;
  let invalid = 0;
  for (const entry of loaded.entries) {
    const r = lintEntry(entry, catalog, io);
    errors += r.errors;
    if (r.invalid) invalid++;
  }
  if (invalid > 0) {
    io.err(`error: ${invalid} of ${loaded.entries.length} scenarios are invalid (see the messages above)`);
    return EXIT.INVALID_SCENARIO;
  }
  return errors > 0 ? EXIT.FINDINGS : EXIT.OK;
}
