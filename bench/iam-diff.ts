/**
 * Differential test: every fixture through our evaluator and through iam-simulate (AGPL, bench
 * only); lists each scenario where the two disagree, with the documented `expected`.
 *
 *   npm run diff:iam [-- --verbose] [-- --json]
 *
 * Exits 0 (a report, not a test); the analysis of each disagreement is in docs/benchmarks.md.
 */
import { evaluate } from "@/lib/iam";
import { loadCorpus, type BenchScenario } from "./corpus";
import { runPeer, toSimulation, type PeerAnswer } from "./peer";

/** One scenario where the evaluators disagree. */
export interface Disagreement {
  id: string;
  file: string;
  ours: string;
  peer: string;
  expected: string;
  /** Who matches the documented decision. */
  verdict: "peer differs from AWS docs" | "OURS differs from AWS docs" | "both differ";
  why?: string;
  source?: string;
}

function peerText(a: PeerAnswer): string {
  return "decision" in a ? a.decision : `error: ${a.error}`;
}

async function compare(s: BenchScenario): Promise<Disagreement | undefined> {
  const ours = evaluate(s).decision;
  let peer: string;
  try {
    peer = peerText(await runPeer(toSimulation(s)));
  } catch (err) {
    peer = `threw: ${err instanceof Error ? err.message : String(err)}`;
  }
  if (peer === ours) return undefined;
  const verdict = ours === s.expected ? "peer differs from AWS docs" : peer === s.expected ? "OURS differs from AWS docs" : "both differ";
  return { id: s.id, file: s.file, ours, peer, expected: s.expected, verdict, why: s.why, source: s.source };
}

function printTable(list: Disagreement[], verbose: boolean): void {
  const w = Math.max(10, ...list.map((d) => d.id.length));
  console.log(`${"id".padEnd(w)}  ${"ours".padEnd(12)}  ${"peer".padEnd(28)}  ${"expected".padEnd(12)}  verdict`);
  for (const d of list) {
    console.log(`${d.id.padEnd(w)}  ${d.ours.padEnd(12)}  ${d.peer.padEnd(28)}  ${d.expected.padEnd(12)}  ${d.verdict}`);
    if (verbose) console.log(`${"".padEnd(w)}  why: ${d.why ?? "-"}\n${"".padEnd(w)}  source: ${d.source ?? "-"}`);
  }
}

function summary(total: number, list: Disagreement[], oursWrong: number): void {
  const count = (v: Disagreement["verdict"]): number => list.filter((d) => d.verdict === v).length;
  const errors = list.filter((d) => !["Allow", "ExplicitDeny", "ImplicitDeny"].includes(d.peer)).length;
  console.log(`\nsummary: ${total} scenarios, ${total - list.length} agree, ${list.length} disagree`);
  console.log(`  peer differs from the documented decision: ${count("peer differs from AWS docs")} (of which peer input errors: ${errors})`);
  console.log(`  ours differs from the documented decision: ${count("OURS differs from AWS docs")}`);
  console.log(`  both differ: ${count("both differ")}`);
  console.log(`  ours vs expected over the whole corpus: ${total - oursWrong} of ${total} match`);
}

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  const json = process.argv.includes("--json");
  const corpus = loadCorpus();
  const list: Disagreement[] = [];
  for (const s of corpus) {
    const d = await compare(s);
    if (d) list.push(d);
  }
  const oursWrong = corpus.filter((s) => evaluate(s).decision !== s.expected).length;
  if (json) {
    console.log(JSON.stringify({ total: corpus.length, oursWrong, disagreements: list }, null, 2));
    return;
  }
  printTable(list, verbose);
  summary(corpus.length, list, oursWrong);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
