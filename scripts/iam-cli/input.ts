/**
 * Reading scenario files for the `iam` CLI: a file holds one scenario, an array of scenarios, or
 * `{ "cases": [ ... ] }` (shared/iam/SCENARIO-FORMAT.md). Never throws.
 */
import { readFileSync } from "node:fs";
import { parseJsonText } from "@/lib/iam";

/** One scenario of a file, with where it sits. */
export interface ScenarioEntry {
  /** 0-based position in the file. */
  index: number;
  /** JSON path of the scenario in the file: `cases[3]`, `[3]` or `` (a file with one scenario). */
  path: string;
  /** The scenario's `id` when it is a non-empty string. */
  id: string | undefined;
  /** The raw scenario value. */
  raw: unknown;
}

/** Result of `loadScenarioFile`: the scenarios, or why the whole file is unusable. */
export type LoadResult = { ok: true; entries: ScenarioEntry[] } | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `scenario "id" (cases[3])`, or `scenario #3 (cases[3])` when it has no id. */
export function scenarioLabel(entry: ScenarioEntry): string {
  const where = entry.path === "" ? "" : ` (${entry.path})`;
  return entry.id !== undefined ? `scenario "${entry.id}"${where}` : `scenario #${entry.index}${where}`;
}

/** Joins a scenario's path in the file with a path inside the scenario. */
export function joinPath(base: string, inner: string): string {
  if (base === "") return inner;
  if (inner === "") return base;
  return inner.startsWith("[") ? `${base}${inner}` : `${base}.${inner}`;
}

function readText(file: string, readStdin: () => string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: file === "-" ? readStdin() : readFileSync(file, "utf8") };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : err instanceof Error ? err.message : String(err);
    return { ok: false, message: `${file}: cannot read the file: ${reason}` };
  }
}

/** Parses JSON text; on a syntax error reports the line and column of the problem. */
export function parseJsonWithPosition(text: string, name: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const located = parseJsonText(text);
    if (!located.ok) {
      const { line, column } = located.error.range.start;
      return { ok: false, message: `${name}:${line}:${column}: invalid JSON: ${located.error.message}` };
    }
    return { ok: false, message: `${name}: invalid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function entriesOf(value: unknown): ScenarioEntry[] | undefined {
  const entry = (raw: unknown, index: number, path: string): ScenarioEntry => {
    const id = isRecord(raw) && typeof raw.id === "string" && raw.id !== "" ? raw.id : undefined;
    return { index, path, id, raw };
  };
  if (Array.isArray(value)) return value.map((raw: unknown, i) => entry(raw, i, `[${i}]`));
  if (!isRecord(value)) return undefined;
  if (!("cases" in value)) return [entry(value, 0, "")];
  const cases = value.cases;
  return Array.isArray(cases) ? cases.map((raw: unknown, i) => entry(raw, i, `cases[${i}]`)) : undefined;
}

/**
 * Reads and parses a scenario file (`-` reads standard input). Fails only when the whole file is
 * unusable: unreadable, invalid JSON (with line and column) or not a supported top-level shape.
 */
export function loadScenarioFile(file: string, readStdin: () => string = () => readFileSync(0, "utf8")): LoadResult {
  const read = readText(file, readStdin);
  if (!read.ok) return read;
  const parsed = parseJsonWithPosition(read.text, file);
  if (!parsed.ok) return parsed;
  const entries = entriesOf(parsed.value);
  if (!entries) {
    return { ok: false, message: `${file}: expected a scenario object, an array of scenarios or { "cases": [ ... ] }` };
  }
  return { ok: true, entries };
}
