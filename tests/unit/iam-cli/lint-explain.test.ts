import { afterAll, describe, expect, it } from "vitest";
import { cli, scenario, tempDir } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function withIdentity(id: string, statement: Record<string, unknown>): Record<string, unknown> {
  const s = scenario(id, "s3:GetObject");
  s.policies = { identity: [{ Version: "2012-10-17", Statement: [statement] }] };
  return s;
}

describe("iam lint", () => {
  it("prints one JSON object per finding with scenario id, policy path, severity, code and message", () => {
    const file = tmp.write("lint.json", [withIdentity("typo", { Effect: "Allow", Action: "s3:GetObjet", Resource: "*" })]);
    const run = cli("lint", file);
    const finding = run.json.find((f) => f.code === "UNKNOWN_ACTION");
    expect(finding).toMatchObject({ id: "typo", policy: "policies.identity[0]", path: "Statement[0].Action", severity: "ERROR" });
    expect(finding?.message).toContain("s3:GetObjet");
    expect(run.code).toBe(1);
  });

  it("lints every slot, naming SCP levels", () => {
    const s = scenario("scp", "s3:GetObject");
    s.policies = { identity: [], scps: [[], [{ Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }]] };
    const run = cli("lint", tmp.write("lint-scp.json", [s]));
    expect(run.json.some((f) => f.policy === "policies.scps[1][0]" && f.code === "MISSING_VERSION")).toBe(true);
  });

  it("reports a malformed policy slot with its path and still lints the next scenario", () => {
    const broken = { id: "broken", policies: { identity: "nope" } };
    const file = tmp.write("lint-bad.json", { cases: [broken, withIdentity("typo", { Effect: "Allow", Action: "s3:GetObjet", Resource: "*" })] });
    const run = cli("lint", file);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('scenario "broken" (cases[0]): cases[0].policies.identity: must be an array of policies');
    expect(run.json.some((f) => f.id === "typo")).toBe(true);
  });
});

describe("iam explain", () => {
  it("prints each scenario's trace in plain language, in input order", () => {
    const file = tmp.write("explain.json", [scenario("yes", "s3:GetObject", "Allow"), scenario("no", "s3:PutObject")]);
    const run = cli("explain", file);
    const text = run.stdout.join("\n");
    expect(run.code).toBe(0);
    expect(text.indexOf('== scenario "yes"')).toBeLessThan(text.indexOf('== scenario "no"'));
    expect(text).toContain("Decision: Allow");
    expect(text).toContain("Decision: ImplicitDeny");
    expect(text).toContain("the requested action is not in the statement's Action list");
  });

  it("explains the valid scenarios around an invalid one", () => {
    const file = tmp.write("explain-bad.json", [scenario("a", "s3:GetObject"), { id: "bad" }, scenario("c", "s3:GetObject")]);
    const run = cli("explain", file);
    expect(run.code).toBe(3);
    expect(run.stdout.filter((l) => l.startsWith("Decision:"))).toHaveLength(2);
    expect(run.stdout.join("\n")).toContain("[1].request: scenario needs a `request` object");
  });
});

describe("iam --help", () => {
  it("documents the commands and exit codes", () => {
    const run = cli("--help");
    expect(run.code).toBe(0);
    const text = run.stdout.join("\n");
    for (const word of ["eval FILE", "lint FILE", "explain FILE", "--check", "--trace", "Exit codes"]) expect(text).toContain(word);
  });
});
