/** Helpers for the `iam` CLI tests: temp files and captured output. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "@/scripts/iam-cli/main";

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string;
  /** stdout lines parsed as JSON objects. */
  json: Record<string, unknown>[];
}

/** Runs the CLI in-process with captured output. */
export function cli(...argv: string[]): CliRun {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runCli(argv, { out: (l) => stdout.push(l), err: (l) => stderr.push(l) });
  const json = stdout.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, stdout, stderr: stderr.join("\n"), json };
}

/** A temp directory whose files are removed by `cleanup`. */
export function tempDir(): { write(name: string, content: unknown): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "iam-cli-"));
  return {
    write(name, content) {
      const file = join(dir, name);
      writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const USER = "arn:aws:iam::111122223333:user/dana";

/** A valid scenario: `action` is allowed by an identity policy for `s3:GetObject` only. */
export function scenario(id: string, action: string, expected?: string): Record<string, unknown> {
  const s: Record<string, unknown> = {
    id,
    request: {
      principal: USER,
      action,
      resource: "arn:aws:s3:::reports/q1.csv",
      context: { "aws:PrincipalArn": USER, "aws:PrincipalAccount": "111122223333", "aws:PrincipalType": "User" },
      resourceAccount: "111122223333",
      principalAccount: "111122223333",
    },
    policies: {
      identity: [{ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/*" }] }],
    },
  };
  if (expected !== undefined) s.expected = expected;
  return s;
}
