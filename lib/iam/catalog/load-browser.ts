/**
 * Browser catalog loader: fetches the index once and each service's file on demand, then adds it
 * to a synchronous `Catalog`. Async by nature, so it lives outside the pure core; lint and the
 * evaluator only ever see the resulting `Catalog`.
 */
import { createCatalog } from "./index";
import type { Catalog, CatalogIndex, ServiceData } from "./types";

/** URL path the build step's output is served from (`public/iam-catalog`). */
export const DEFAULT_CATALOG_URL = "/iam-catalog";

/** A catalog plus the means to load more services into it. */
export interface BrowserCatalog {
  catalog: Catalog;
  /** Loads the given services (those not yet loaded, unknown prefixes skipped); resolves when done. */
  ensureServices(prefixes: readonly string[]): Promise<void>;
  /** Loads the services named by the `service:` part of action strings (`*` loads nothing). */
  ensureServicesForActions(actions: readonly string[]): Promise<void>;
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

async function getJson<T>(fetchFn: Fetch, url: string): Promise<T> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`failed to load \`${url}\` (status ${response.status})`);
  return (await response.json()) as T;
}

/**
 * Fetches the catalog index and returns an empty catalog that knows every service and the global
 * condition keys; service files are fetched on demand (each at most once).
 */
export async function createBrowserCatalog(
  options: { baseUrl?: string; fetch?: Fetch } = {},
): Promise<BrowserCatalog> {
  const base = (options.baseUrl ?? DEFAULT_CATALOG_URL).replace(/\/$/, "");
  const fetchFn: Fetch = options.fetch ?? ((url) => fetch(url));
  const index = await getJson<CatalogIndex>(fetchFn, `${base}/index.json`);
  const catalog = createCatalog([], index);
  const known = new Set(index.s.map((s) => s.p));
  const pending = new Map<string, Promise<void>>();

  const ensureServices = async (prefixes: readonly string[]): Promise<void> => {
    const wanted = [...new Set(prefixes.map((p) => p.toLowerCase()))].filter((p) => known.has(p));
    await Promise.all(
      wanted.map((p) => {
        if (catalog.isLoaded(p)) return Promise.resolve();
        let job = pending.get(p);
        if (!job) {
          job = getJson<ServiceData>(fetchFn, `${base}/${encodeURIComponent(p)}.json`).then(
            (data) => catalog.addService(data),
            (err: unknown) => {
              pending.delete(p);
              throw err;
            },
          );
          pending.set(p, job);
        }
        return job;
      }),
    );
  };

  const ensureServicesForActions = (actions: readonly string[]): Promise<void> =>
    ensureServices(actions.flatMap((a) => (a.includes(":") && !a.startsWith("*") ? [a.split(":")[0] ?? ""] : [])));

  return { catalog, ensureServices, ensureServicesForActions };
}
