/** `iam explain FILE`: each scenario's evaluation trace in plain language. */
import { explainText } from "@/lib/iam";
import { loadScenarioFile, scenarioLabel } from "./input";
import { EXIT, type CliIo } from "./io";
import { problemLines, runScenario } from "./scenario";

/** Runs `iam explain`; returns the exit code. */
export function runExplain(file: string, io: CliIo): number {
  const loaded = loadScenarioFile(file, io.readStdin);
  if (!loaded.ok) {
    io.err(`error: ${loaded.message}`);
    return EXIT.USAGE_OR_FILE;
  }
  let invalid = 0;
  loaded.entries.forEach((entry, i) => {
    const outcome = runScenario(entry, true);
    if (i > 0) io.out("");
    io.out(`== ${scenarioLabel(entry)} ==`);
    for (const line of problemLines(outcome)) io.err(line);
    if (outcome.problems.length > 0) invalid++;
    if (!outcome.evaluated) {
      io.out("This scenario could not be evaluated:");
      for (const p of outcome.problems) io.out(`  ${p.path || "(scenario)"}: ${p.message}`);
      return;
    }
    if (outcome.expected !== undefined) {
      const verdict = outcome.expected === outcome.result.decision ? "matches" : "DIFFERS from";
      io.out(`Expected: ${outcome.expected} (the decision ${verdict} it)`);
    }
    io.out(explainText(outcome.result));
  });
  if (invalid > 0) {
    io.err(`error: ${invalid} of ${loaded.entries.length} scenarios are invalid (see the messages above)`);
    return EXIT.INVALID_SCENARIO;
  }
  return EXIT.OK;
}
