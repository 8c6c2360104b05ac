/** Argument parsing, help and dispatch of the `iam` CLI (entry point: `scripts/iam-cli.ts`). */
import { runEval } from "./eval-command";
import { runExplain } from "./explain-command";
import { EXIT, type CliIo } from "./io";
import { runLint } from "./lint-command";

/** The `--help` text. */
export const HELP = `Usage: npm run -s iam -- <command> FILE [options]

Evaluate, lint and explain IAM authorization scenarios (format: shared/iam/SCENARIO-FORMAT.md).
FILE holds one scenario, an array of scenarios or { "cases": [ ... ] }; "-" reads standard input.

Commands:
  eval FILE [--check] [--trace]
      Print one JSON object per scenario, in input order:
        {"id", "decision", "expected"?, "decidedBy", "diagnostics"}
      "decision" is null for a scenario that could not be evaluated.
      --check   compare each decision with the scenario's "expected"; print a diff to stderr
      --trace   add "gates", "trace" and "flip" (what would change a denial) to each line
  lint FILE
      Print one JSON object per lint finding of every policy of every scenario:
        {"id", "policy": "policies.identity[0]", "path", "severity", "code", "message", "help"}
      Uses the action catalog in public/iam-catalog (or $IAM_CATALOG_DIR) when it is built.
  explain FILE
      Print each scenario's evaluation trace in plain language.

Options:
  -h, --help   show this help

Exit codes:
  0  every scenario was processed (eval: even if decisions differ from "expected")
  1  eval --check: some decision differs from "expected"; lint: some finding has severity ERROR
  2  usage error, or FILE is unusable (unreadable, invalid JSON, wrong top-level shape)
  3  some scenario is invalid (e.g. no "request", a malformed policy slot, a bad "expected");
     it is reported on stderr with its id (or index) and JSON path, and the others are still processed`;

const COMMANDS = ["eval", "lint", "explain"] as const;
type Command = (typeof COMMANDS)[number];

interface ParsedArgs {
  command: Command;
  file: string;
  check: boolean;
  trace: boolean;
}

function parseArgs(argv: readonly string[]): ParsedArgs | string {
  const [command, ...rest] = argv;
  if (!(COMMANDS as readonly (string | undefined)[]).includes(command)) {
    return command === undefined ? "missing command" : `unknown command \`${command}\``;
  }
  const files: string[] = [];
  const flags = new Set<string>();
  for (const arg of rest) {
    if (arg.startsWith("--")) flags.add(arg);
    else files.push(arg);
  }
  const allowed = command === "eval" ? ["--check", "--trace"] : [];
  const unknown = [...flags].find((f) => !allowed.includes(f));
  if (unknown !== undefined) return `unknown option \`${unknown}\` for \`${command}\``;
  if (files.length !== 1) return files.length === 0 ? `\`${command}\` needs a FILE` : `\`${command}\` takes one FILE, got ${files.length}`;
  return { command: command as Command, file: files[0] ?? "", check: flags.has("--check"), trace: flags.has("--trace") };
}

/** Runs the CLI with `argv` (without `node script`); returns the exit code. Never throws. */
export function runCli(argv: readonly string[], io: CliIo): number {
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
    io.out(HELP);
    return EXIT.OK;
  }
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.err(`error: ${args}\nRun \`npm run -s iam -- --help\` for usage.`);
    return EXIT.USAGE_OR_FILE;
  }
  try {
    if (args.command === "eval") return runEval(args.file, { check: args.check, trace: args.trace }, io);
    if (args.command === "lint") return runLint(args.file, io);
    return runExplain(args.file, io);
  } catch (err) {
    io.err(`error: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return EXIT.USAGE_OR_FILE;
  }
}
