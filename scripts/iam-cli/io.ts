/** Output sinks of the `iam` CLI, so tests can run commands without a child process. */
export interface CliIo {
  /** Writes one line to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  /** Reads all of standard input (for `FILE` = `-`). */
  readStdin?: () => string;
}

/** Exit codes of the `iam` CLI (documented in `--help`). */
export const EXIT = {
  /** Every scenario was evaluated (and, with `--check`, matched `expected`). */
  OK: 0,
  /** `--check`: some decision differs from `expected`; `lint`: some finding has severity ERROR. */
  FINDINGS: 1,
  /** Usage error, or the input file is unusable (unreadable, invalid JSON, wrong top-level shape). */
  USAGE_OR_FILE: 2,
  /** At least one scenario was invalid (e.g. no `request`); the others were still processed. */
  INVALID_SCENARIO: 3,
} as const;
