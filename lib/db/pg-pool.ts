import pg from "pg";

/** Postgres type oids of catalog columns that Prisma's driver adapter cannot map (prisma/orm#27403). */
const CATALOG_TYPE_OIDS = new Set([18 /* "char" */, 19 /* name */]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function retypeCatalogColumns<T>(result: T): T {
  for (const field of (result as QueryResultLike | undefined)?.fields ?? []) {
    if (CATALOG_TYPE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

function patchClient(client: pg.PoolClient): void {
  const marked = client as pg.PoolClient & { __retyped?: boolean };
  if (marked.__retyped) return;
  marked.__retyped = true;
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      // Callback style, as pg.Pool#query calls it.
      args[last] = (error: unknown, result: unknown) => (callback as (e: unknown, r: unknown) => void)(error, retypeCatalogColumns(result));
      return original(...args);
    }
    const out = original(...args);
    if (out && typeof (out as Promise<unknown>).then === "function") {
      return (out as Promise<unknown>).then(retypeCatalogColumns);
    }
    return out;
  };
}

/**
 * A pg pool for Prisma's JS schema engine (`prisma migrate`): it reports catalog columns of type
 * `name` and `"char"` as `text` so migrations can introspect the database (prisma/orm#27403), and
 * lets the process exit as soon as the pool is idle.
 */
export class CatalogTypesPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super({ idleTimeoutMillis: 200, ...config, allowExitOnIdle: true });
    this.on("connect", (client) => patchClient(client));
  }
}
