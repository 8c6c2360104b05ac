/**
 * Runs every scenario in tests/fixtures/iam/*.json through the evaluator.
 *
 * Each fixture's `expected` comes from AWS documentation (its `source` field names the page); a
 * failure here means either the evaluator or the fixture disagrees with that page. Never "fix" a
 * fixture by copying the evaluator's output: re-read the cited page first.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/iam";

const FIXTURE_DIR = fileURLToPath(new URL("../../fixtures/iam/", import.meta.url));
const DECISIONS = ["Allow", "ExplicitDeny", "ImplicitDeny"] as const;
const MIN_CASES = 300;

type Decision = (typeof DECISIONS)[number];

interface FixtureCase {
  id: string;
  expected: Decision;
  source: string;
  why?: string;
  request: Record<string, unknown>;
  policies: Record<string, unknown>;
  [key: string]: unknown;
}

interface LoadedCase {
  file: string;
  index: number;
  id: string;
  scenario: FixtureCase;
}

interface LoadResult {
  cases: LoadedCase[];
  /** Problems with a whole file (unreadable, invalid JSON, wrong top-level shape). */
  fileErrors: string[];
  /** Problems with single cases (missing id, expected, source, ...). */
  caseErrors: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A file holds one scenario, an array of scenarios, or `{ "cases": [...] }` (SCENARIO-FORMAT.md). */
function scenariosOf(parsed: unknown): unknown[] | null {
  if (Array.isArray(parsed)) return parsed as unknown[];
  if (isRecord(parsed)) {
    if ("cases" in parsed) {
      const cases: unknown = parsed.cases;
      return Array.isArray(cases) ? (cases as unknown[]) : null;
    }
    return [parsed];
  }
  return null;
}

function lineAndColumn(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match?.[1]) return "";
  const offset = Number(match[1]);
  const before = text.slice(0, offset).split("\n");
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

function loadFixtures(dir: string): LoadResult {
  const result: LoadResult = { cases: [], fileErrors: [], caseErrors: [] };
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
  } catch (error) {
    result.fileErrors.push(`cannot read fixture directory ${dir}: ${String(error)}`);
    return result;
  }
  if (files.length === 0) result.fileErrors.push(`no *.json fixture files in ${dir}`);

  for (const file of files) {
    const text = readFileSync(join(dir, file), "utf8");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result.fileErrors.push(`${file}: invalid JSON${lineAndColumn(text, message)}: ${message}`);
      continue;
    }
    const scenarios = scenariosOf(parsed);
    if (scenarios === null) {
      result.fileErrors.push(`${file}: expected a scenario object, an array of scenarios or { "cases": [...] }`);
      continue;
    }
    scenarios.forEach((raw, index) => {
      const where = `${file} #${index}`;
      if (!isRecord(raw)) {
        result.caseErrors.push(`${where}: a scenario must be a JSON object`);
        return;
      }
      const id = raw.id;
      if (typeof id !== "string" || id.trim() === "") {
        result.caseErrors.push(`${where}: missing "id"`);
        return;
      }
      const label = `${file} › ${id}`;
      let ok = true;
      if (typeof raw.expected !== "string" || !(DECISIONS as readonly string[]).includes(raw.expected)) {
        result.caseErrors.push(`${label}: "expected" must be one of ${DECISIONS.join(", ")}`);
        ok = false;
      }
      if (typeof raw.source !== "string" || !/^https?:\/\/\S+$/.test(raw.source)) {
        result.caseErrors.push(`${label}: "source" must be the URL of the AWS documentation page the expected value comes from`);
        ok = false;
      }
      if (!isRecord(raw.request) || !isRecord(raw.policies)) {
        result.caseErrors.push(`${label}: "request" and "policies" must be objects`);
        ok = false;
      }
      if (ok) result.cases.push({ file, index, id, scenario: raw as FixtureCase });
    });
  }
  return result;
}

const loaded = loadFixtures(FIXTURE_DIR);

describe("IAM fixture corpus", () => {
  it("every fixture file is valid JSON with a supported shape", () => {
    expect(loaded.fileErrors, loaded.fileErrors.join("\n")).toEqual([]);
  });

  it("every case has an id, an expected decision and a source", () => {
    expect(loaded.caseErrors, loaded.caseErrors.join("\n")).toEqual([]);
  });

  it("case ids are unique across all files", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const c of loaded.cases) {
      const first = seen.get(c.id);
      if (first !== undefined) duplicates.push(`${c.id} (in ${first} and ${c.file})`);
      else seen.set(c.id, c.file);
    }
    expect(duplicates, `duplicate ids:\n${duplicates.join("\n")}`).toEqual([]);
  });

  it(`holds at least ${MIN_CASES} cases`, () => {
    expect(loaded.cases.length).toBeGreaterThanOrEqual(MIN_CASES);
  });

  it("the evaluator is exported from @/lib/iam", () => {
    expect(typeof evaluate, "lib/iam/index.ts must export evaluate(scenario)").toBe("function");
  });
});

describe.each([...new Set(loaded.cases.map((c) => c.file))])("%s", (file) => {
  const cases = loaded.cases.filter((c) => c.file === file);
  it.each(cases)("$id", async ({ scenario }) => {
    const result = await Promise.resolve(evaluate(structuredClone(scenario) as Parameters<typeof evaluate>[0]));
    const why = scenario.why ? `\n  why: ${scenario.why}` : "";
    expect(
      result.decision,
      `${file} › ${scenario.id}: expected ${scenario.expected}, got ${String(result.decision)}${why}\n  source: ${scenario.source}`,
    ).toBe(scenario.expected);
  });
});
