import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createCatalog } from "@/lib/iam/catalog";
import type { Catalog, CatalogIndex, ServiceData } from "@/lib/iam/catalog/types";
import { lintPolicy, type LintFinding, type LintSeverity } from "@/lib/iam/lint";
import type { PolicyKind } from "@/lib/iam";

/** Severities in display order. */
export const SEVERITIES: readonly LintSeverity[] = ["ERROR", "SECURITY_WARNING", "WARNING", "SUGGESTION"];

/** A finding as shown in the lint badge. */
export interface ShownFinding {
  severity: LintSeverity;
  code: string;
  message: string;
  path: string;
  help: string;
  line?: number;
}

const KINDS = new Set(["identity", "resource", "trust", "boundary", "scp", "rcp", "session", "vpcEndpoint"]);

let catalog: Catalog | undefined;

/**
 * The action catalog generated into public/iam-catalog (like `loadNodeCatalog`, but with a path
 * the bundler can scope, so the build does not trace the whole project). Build time only.
 */
function buildTimeCatalog(): Catalog {
  if (catalog) return catalog;
  const read = <T,>(name: string): T => JSON.parse(readFileSync(path.join(process.cwd(), "public", "iam-catalog", name), "utf8")) as T;
  const index = read<CatalogIndex>("index.json");
  catalog = createCatalog(
    index.s.map((entry) => read<ServiceData>(`${entry.p}.json`)),
    index,
  );
  return catalog;
}

/** Lints a policy at build time with the full action catalog (server only). */
export function lintForDisplay(source: string, kind: string | undefined): ShownFinding[] {
  const policyKind = (kind && KINDS.has(kind) ? kind : "identity") as PolicyKind;
  return lintPolicy(source, { kind: policyKind, catalog: buildTimeCatalog() }).map((f: LintFinding) => ({
    severity: f.severity,
    code: f.code,
    message: f.message,
    path: f.path,
    help: f.help,
    line: f.range?.start.line,
  }));
}
