/**
 * Node-only catalog loader: reads the generated files of `scripts/build-iam-catalog.ts`
 * synchronously. Uses `node:fs`, so it must never be imported from `lib/iam/index.ts` or any pure
 * module; the CLI, tests and server code import it directly.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createCatalog } from "./index";
import type { Catalog, CatalogIndex, ServiceData } from "./types";

/** Where the build step writes the catalog, relative to the project root. */
export const DEFAULT_CATALOG_DIR = "public/iam-catalog";

const cache = new Map<string, Catalog>();

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

function catalogDir(dir: string | undefined): string {
  return resolve(dir ?? process.env.IAM_CATALOG_DIR ?? join(process.cwd(), DEFAULT_CATALOG_DIR));
}

/**
 * Loads every service of the generated catalog (about 2 MB of JSON) and returns a cached
 * `Catalog`. `dir` defaults to `$IAM_CATALOG_DIR`, else `public/iam-catalog` under the working
 * directory. Throws when the catalog has not been built.
 */
export function loadNodeCatalog(options: { dir?: string } = {}): Catalog {
  const dir = catalogDir(options.dir);
  const cached = cache.get(dir);
  if (cached) return cached;
  const indexFile = join(dir, "index.json");
  if (!existsSync(indexFile)) {
    throw new Error(`no iam catalog in \`${dir}\`: run \`npx tsx scripts/build-iam-catalog.ts\``);
  }
  const index = readJson<CatalogIndex>(indexFile);
  const files = index.s.map((entry) => readJson<ServiceData>(join(dir, `${entry.p}.json`)));
  const catalog = createCatalog(files, index);
  cache.set(dir, catalog);
  return catalog;
}

/** Like `loadNodeCatalog`, but returns `undefined` when the catalog has not been built. */
export function tryLoadNodeCatalog(options: { dir?: string } = {}): Catalog | undefined {
  return existsSync(join(catalogDir(options.dir), "index.json")) ? loadNodeCatalog(options) : undefined;
}

/** Reads the list of services that support resource control policies, when it was built. */
export function loadRcpSupportedServices(options: { dir?: string } = {}): string[] | undefined {
  const file = join(catalogDir(options.dir), "rcp-supported-services.json");
  return existsSync(file) ? readJson<string[]>(file) : undefined;
}
