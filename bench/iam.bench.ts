/**
 * IAM evaluator benchmark: throughput over the fixture corpus (compiled and raw paths) against
 * `@cloud-copilot/iam-simulate` in the same process, and the latency of grading a 50-request
 * challenge. Prints PASS/FAIL against the targets; never asserts.
 *
 *   npm run bench:iam [-- --quick]
 */
import { cpus } from "node:os";
import { compileScenarioPolicies, evaluate, evaluateCompiled, type CompiledPolicies } from "@/lib/iam";
import { CHALLENGE_ORG, challengePolicies, challengeRequests } from "./challenge";
import { loadCorpus, type BenchScenario } from "./corpus";
import { runPeer, toSimulation } from "./peer";
import { DEFAULT_RUN, fmt, interleaved, latencies, percentile, type Contender, type RunOptions, type Throughput } from "./stats";

const TARGET_EVALS_PER_SEC = 100_000;
const TARGET_RATIO = 50;
const TARGET_P99_MS = 2;

const quick = process.argv.includes("--quick");
const RUN: RunOptions = quick ? { rounds: 3, roundMs: 300, warmupMs: 300 } : DEFAULT_RUN;
const CHALLENGE_RUNS = quick ? 2_000 : 5_000;

const verdict = (ok: boolean): string => (ok ? "PASS" : "FAIL");
let sink = 0; // consumed results, so no call can be optimized away

interface Prepared {
  compiled: CompiledPolicies;
  request: BenchScenario["request"];
  organization: { managementAccountId?: string };
}

function prepare(corpus: BenchScenario[]): Prepared[] {
  return corpus.map((s) => ({ compiled: compileScenarioPolicies(s.policies), request: s.request, organization: s.organization ?? {} }));
}

function sanity(corpus: BenchScenario[], prepared: Prepared[]): void {
  let matches = 0;
  let same = 0;
  corpus.forEach((s, i) => {
    const p = prepared[i];
    const raw = evaluate(s).decision;
    if (raw === s.expected) matches++;
    if (p && evaluateCompiled(p.compiled, p.request, { organization: p.organization }).decision === raw) same++;
  });
  console.log(`corpus: ${corpus.length} scenarios; evaluate() matches expected in ${matches}; compiled path agrees with evaluate() in ${same}`);
}

function line(t: Throughput): void {
  const spread = `${fmt(Math.min(...t.rounds))}–${fmt(Math.max(...t.rounds))}`;
  console.log(`  ${t.label.padEnd(44)} ${fmt(t.median).padStart(12)} evals/s  (rounds ${spread}, ${fmt(t.perRound)} evals/round)`);
}

async function throughputs(corpus: BenchScenario[], prepared: Prepared[]): Promise<Record<string, Throughput>> {
  const sims = corpus.map(toSimulation);
  const size = corpus.length;
  console.log(`\nThroughput, mixed corpus (warm; ${RUN.rounds} interleaved rounds of ~${RUN.roundMs} ms each; median):`);
  const contenders: Contender[] = [
    {
      label: "ours: evaluateCompiled (policies precompiled)",
      size,
      pass: () => {
        for (const p of prepared) sink += evaluateCompiled(p.compiled, p.request, { organization: p.organization }).decidedBy.length;
      },
    },
    { label: "ours: evaluate (raw scenario, default options)", size, pass: () => corpus.forEach((s) => (sink += evaluate(s).decidedBy.length)) },
    { label: "ours: evaluate (raw scenario, flip: false)", size, pass: () => corpus.forEach((s) => (sink += evaluate(s, { flip: false }).decidedBy.length)) },
    {
      label: "iam-simulate: runSimulation (validated)",
      size,
      pass: async () => {
        for (const sim of sims) {
          const a = await runPeer(sim);
          sink += "decision" in a ? a.decision.length : 0;
        }
      },
    },
  ];
  const [compiled, raw, rawNoFlip, peer] = await interleaved(contenders, RUN);
  for (const t of [compiled, raw, rawNoFlip, peer]) if (t) line(t);
  return { compiled: compiled as Throughput, raw: raw as Throughput, rawNoFlip: rawNoFlip as Throughput, peer: peer as Throughput };
}

function targets(t: Record<string, Throughput>): void {
  const c = t.compiled?.median ?? 0;
  const r = t.raw?.median ?? 0;
  const p = t.peer?.median ?? 1;
  const n = t.rawNoFlip?.median ?? 0;
  console.log("\nTargets:");
  console.log(`  [${verdict(c >= TARGET_EVALS_PER_SEC)}] compiled path >= ${fmt(TARGET_EVALS_PER_SEC)} evals/s: ${fmt(c)}`);
  console.log(`  [${verdict(r >= TARGET_EVALS_PER_SEC)}] raw evaluate  >= ${fmt(TARGET_EVALS_PER_SEC)} evals/s: ${fmt(r)}`);
  console.log(`  [${verdict(c / p >= TARGET_RATIO)}] compiled / runSimulation >= ${TARGET_RATIO}x: ${(c / p).toFixed(1)}x`);
  console.log(`  [${verdict(r / p >= TARGET_RATIO)}] raw evaluate / runSimulation >= ${TARGET_RATIO}x: ${(r / p).toFixed(1)}x`);
  console.log(`  [info] raw evaluate without flip hints: ${fmt(n)} evals/s, ${(n / p).toFixed(1)}x runSimulation`);
  console.log("  (runUnsafeSimulation is not measured: it throws on every scenario with a resource policy)");
}

function challenge(): void {
  const requests = challengeRequests();
  const compiled = compileScenarioPolicies(challengePolicies());
  const opts = { organization: CHALLENGE_ORG };
  const decisions = requests.map((r) => evaluateCompiled(compiled, r, opts).decision);
  const tally = ["Allow", "ExplicitDeny", "ImplicitDeny"].map((d) => `${decisions.filter((x) => x === d).length} ${d}`).join(", ");
  const grade = (): void => {
    for (const r of requests) sink += evaluateCompiled(compiled, r, opts).decidedBy.length;
  };
  const times = latencies(CHALLENGE_RUNS, 500, grade);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  console.log(`\nChallenge grading: ${requests.length} requests (${tally}) against one compiled policy set, ${fmt(CHALLENGE_RUNS)} runs:`);
  console.log(`  p50 ${p50.toFixed(3)} ms   p99 ${p99.toFixed(3)} ms   max ${Math.max(...times).toFixed(3)} ms`);
  console.log(`  [${verdict(p99 < TARGET_P99_MS)}] p99 < ${TARGET_P99_MS} ms for ${requests.length} requests`);
  // Informational: a fresh submission (cache-busting Sid) compiled, then graded.
  const withCompile = latencies(2_000, 200, (i) => {
    const fresh = compileScenarioPolicies(challengePolicies(`Read${i}`));
    for (const r of requests) sink += evaluateCompiled(fresh, r, opts).decidedBy.length;
  });
  console.log(`  [info] compile a new submission + grade: p50 ${percentile(withCompile, 50).toFixed(3)} ms, p99 ${percentile(withCompile, 99).toFixed(3)} ms`);
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log(`IAM evaluator benchmark: ${new Date().toISOString()}, Node ${process.version}, ${cpu.length} CPUs (${cpu[0]?.model ?? "unknown"})${quick ? ", --quick" : ""}`);
  const corpus = loadCorpus();
  const prepared = prepare(corpus);
  sanity(corpus, prepared);
  const t = await throughputs(corpus, prepared);
  targets(t);
  challenge();
  console.log(`\n(checksum ${sink % 1000})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
