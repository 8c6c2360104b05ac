/** `iam eval FILE [--check] [--trace]`: one JSON line per scenario, in input order. */
import { describeReason, GATE_NAMES, type StatementRef } from "@/lib/iam";
import { loadScenarioFile, scenarioLabel } from "./input";
import { EXIT, type CliIo } from "./io";
import { problemLines, runScenario, type ScenarioOutcome } from "./scenario";

/** Flags of `iam eval`. */
export interface EvalFlags {
  /** Exit 1 and print a diff when a decision differs from `expected`. */
  check: boolean;
  /** Add the full evaluation trace to each line. */
  trace: boolean;
}

/** The JSON object printed for one scenario. */
export function outcomeLine(o: ScenarioOutcome, trace: boolean): Record<string, unknown> {
  const line: Record<string, unknown> = { id: o.entry.id ?? null };
  if (o.entry.id === undefined) line.index = o.entry.index;
  line.decision = o.evaluated ? o.result.decision : null;
  if (o.expected !== undefined) line.expected = o.expected;
  if (!o.evaluated) line.error = "the scenario could not be evaluated; see diagnostics";
  line.decidedBy = o.result.decidedBy;
  line.diagnostics = o.result.diagnostics;
  if (trace && o.evaluated) {
    line.gates = o.result.gates;
    line.trace = o.result.trace;
    if (o.result.flip) line.flip = o.result.flip;
  }
  return line;
}

function refText(r: StatementRef): string {
  return `${r.path}${r.sid ? ` (${r.sid})` : ""} [${r.effect}]`;
}

/** A readable diff of one mismatch, for standard error. */
export function mismatchLines(o: ScenarioOutcome): string[] {
  const r = o.result;
  const lines = [scenarioLabel(o.entry), `  - expected: ${o.expected ?? "(none)"}`, `  + got:      ${r.decision}`];
  lines.push(`    decided by: ${r.decidedBy.length > 0 ? r.decidedBy.map(refText).join(", ") : "(no statement)"}`);
  for (const g of r.gates) {
    if (g.outcome === "not-applicable") continue;
    const level = g.level !== undefined ? ` (level ${g.level})` : "";
    lines.push(`    ${GATE_NAMES[g.gate]}: ${g.outcome}${level}: ${describeReason(g.why)}`);
  }
  return lines;
}

function isMismatch(o: ScenarioOutcome): boolean {
  return o.evaluated && o.expected !== undefined && o.expected !== o.result.decision;
}

function reportCheck(outcomes: ScenarioOutcome[], io: CliIo): number {
  const mismatches = outcomes.filter(isMismatch);
  const unchecked = outcomes.filter((o) => o.evaluated && o.expected === undefined).length;
  if (mismatches.length > 0) io.err("--- expected\n+++ evaluator");
  for (const m of mismatches) io.err(mismatchLines(m).join("\n"));
  const total = outcomes.length;
  const note = unchecked > 0 ? `; ${unchecked} without \`expected\` (not checked)` : "";
  if (mismatches.length === 0) io.err(`check: every evaluated scenario matches \`expected\` (${total} scenarios${note})`);
  else io.err(`check: ${mismatches.length} of ${total} scenarios differ from \`expected\`${note}`);
  return mismatches.length;
}

/** Runs `iam eval`; returns the exit code. */
export function runEval(file: string, flags: EvalFlags, io: CliIo): number {
  const loaded = loadScenarioFile(file, io.readStdin);
  if (!loaded.ok) {
    io.err(`error: ${loaded.message}`);
    return EXIT.USAGE_OR_FILE;
  }
  const outcomes: ScenarioOutcome[] = [];
  for (const entry of loaded.entries) {
    const outcome = runScenario(entry, flags.trace);
    for (const line of problemLines(outcome)) io.err(line);
    io.out(JSON.stringify(outcomeLine(outcome, flags.trace)));
    outcomes.push(outcome);
  }
  const invalid = outcomes.filter((o) => o.problems.length > 0).length;
  const mismatches = flags.check ? reportCheck(outcomes, io) : 0;
  if (invalid > 0) {
    io.err(`error: ${invalid} of ${outcomes.length} scenarios are invalid (see the messages above)`);
    return EXIT.INVALID_SCENARIO;
  }
  return mismatches > 0 ? EXIT.FINDINGS : EXIT.OK;
}
