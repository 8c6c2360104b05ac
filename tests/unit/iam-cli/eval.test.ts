import { afterAll, describe, expect, it } from "vitest";
import { cli, scenario, tempDir } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("iam eval", () => {
  it("prints one JSON line per scenario in input order", () => {
    const ids = ["c", "a", "b", "z", "m"];
    const file = tmp.write("order.json", { cases: ids.map((id, i) => scenario(id, i % 2 ? "s3:PutObject" : "s3:GetObject")) });
    const run = cli("eval", file);
    expect(run.code).toBe(0);
    expect(run.json.map((l) => l.id)).toEqual(ids);
    expect(run.json.map((l) => l.decision)).toEqual(["Allow", "ImplicitDeny", "Allow", "ImplicitDeny", "Allow"]);
  });

  it.each([
    ["a single scenario object", scenario("one", "s3:GetObject"), ["one"]],
    ["an array of scenarios", [scenario("x", "s3:GetObject"), scenario("y", "s3:GetObject")], ["x", "y"]],
  ])("accepts %s", (_name, content, ids) => {
    const run = cli("eval", tmp.write(`shape-${ids.join("")}.json`, content));
    expect(run.code).toBe(0);
    expect(run.json.map((l) => l.id)).toEqual(ids);
  });

  it("includes expected, decidedBy and diagnostics on each line", () => {
    const run = cli("eval", tmp.write("fields.json", [scenario("f", "s3:GetObject", "Allow")]));
    expect(run.json[0]).toMatchObject({ id: "f", decision: "Allow", expected: "Allow", diagnostics: [] });
    expect(run.json[0]?.decidedBy).toEqual([expect.objectContaining({ path: "policies.identity[0].Statement[0]", effect: "Allow" })]);
  });

  it("exits 0 without --check even when decisions differ from expected", () => {
    const run = cli("eval", tmp.write("differ.json", [scenario("d", "s3:PutObject", "Allow")]));
    expect(run.code).toBe(0);
  });

  it("--check exits 0 when every decision matches", () => {
    const file = tmp.write("match.json", [scenario("m1", "s3:GetObject", "Allow"), scenario("m2", "s3:PutObject", "ImplicitDeny")]);
    const run = cli("eval", file, "--check");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("matches");
  });

  it("--check exits 1 and prints a diff naming the scenario when a decision differs", () => {
    const file = tmp.write("mismatch.json", [scenario("ok", "s3:GetObject", "Allow"), scenario("wrong", "s3:PutObject", "Allow")]);
    const run = cli("eval", file, "--check");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/scenario "wrong" \(\[1\]\)\n {2}- expected: Allow\n {2}\+ got: {6}ImplicitDeny/);
    expect(run.stderr).toContain("1 of 2 scenarios differ");
    expect(run.json).toHaveLength(2);
  });

  it("--trace adds the trace to each line", () => {
    const run = cli("eval", tmp.write("trace.json", [scenario("t", "s3:GetObject")]), "--trace");
    expect(run.json[0]?.trace).toMatchObject({ policies: [expect.objectContaining({ path: "policies.identity[0]" })] });
  });
});

describe("iam eval with bad input", () => {
  const bad = { id: "no-request", policies: {} };
  const file = tmp.write("bad-middle.json", { cases: [scenario("first", "s3:GetObject"), bad, scenario("last", "s3:GetObject")] });

  it("a bad scenario in the middle does not stop the others", () => {
    const run = cli("eval", file);
    expect(run.json.map((l) => [l.id, l.decision])).toEqual([
      ["first", "Allow"],
      ["no-request", null],
      ["last", "Allow"],
    ]);
  });

  it("names the scenario and the JSON path, and exits 3", () => {
    const run = cli("eval", file);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('scenario "no-request" (cases[1]): cases[1].request: scenario needs a `request` object');
  });

  it("names a scenario without id by its index", () => {
    const noId = { request: { principal: "arn:aws:iam::111122223333:user/dana", action: 5, resource: "*" } };
    const run = cli("eval", tmp.write("no-id.json", [scenario("a", "s3:GetObject"), noId]));
    expect(run.code).toBe(3);
    expect(run.json[1]).toMatchObject({ id: null, index: 1, decision: null });
    expect(run.stderr).toContain("scenario #1 ([1]): [1].request.action: `action` must be a string");
  });

  it("reports the line and column of invalid JSON and exits 2", () => {
    const path = tmp.write("broken.json", '{"cases": [\n  {"id": "x",}\n]}');
    const run = cli("eval", path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path}:2:14: invalid JSON`);
    expect(run.stdout).toEqual([]);
  });

  it.each([
    ["a missing file", ["eval", "/nonexistent/iam-cli.json"], "cannot read the file"],
    ["a wrong top-level shape", ["eval", tmp.write("num.json", "42")], "expected a scenario object"],
    ["an unknown command", ["frob", "x.json"], "unknown command `frob`"],
    ["an unknown option", ["eval", "x.json", "--fast"], "unknown option `--fast`"],
    ["a missing FILE", ["eval"], "needs a FILE"],
  ])("exits 2 for %s", (_name, argv, message) => {
    const run = cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
