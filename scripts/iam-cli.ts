/**
 * The `iam` CLI: evaluate, lint and explain IAM scenario files.
 *
 *   npm run -s iam -- eval FILE [--check] [--trace]
 *   npm run -s iam -- lint FILE
 *   npm run -s iam -- explain FILE
 *
 * See `npm run -s iam -- --help` and shared/iam/SCENARIO-FORMAT.md ("The CLI contract").
 */
import { runCli } from "./iam-cli/main";

// Buffered stdout (one write per 256 lines); stderr lines flush stdout first to keep them in order.
const chunks: string[] = [];
const flush = (): void => {
  if (chunks.length > 0) process.stdout.write(chunks.splice(0).join(""));
};

process.exitCode = runCli(process.argv.slice(2), {
  out: (line) => {
    chunks.push(`${line}\n`);
    if (chunks.length >= 256) flush();
  },
  err: (line) => {
    flush();
    process.stderr.write(`${line}\n`);
  },
});
flush();
