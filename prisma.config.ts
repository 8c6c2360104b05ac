import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { CatalogTypesPool } from "./lib/db/pg-pool";

// Prisma 6.19 with the JS schema engine: migrations run through the pg driver adapter, so no
// native engine is downloaded. DATABASE_URL is set by the launcher (lib/db/launch.ts).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: () => {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set: run Prisma through `npm run db:*` scripts or lib/db/launch.ts");
    }
    return Promise.resolve(
      new PrismaPg(new CatalogTypesPool({ connectionString: url }), { disposeExternalPool: true }),
    );
  },
});
