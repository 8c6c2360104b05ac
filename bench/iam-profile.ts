/**
 * Profiling driver: evaluates the fixture corpus in a loop for a few seconds, for `--cpu-prof`.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/iam-prof --import tsx bench/iam-profile.ts [raw|compiled] [seconds]
 *
 * Open the `.cpuprofile` in Chrome DevTools (Performance tab) or VS Code.
 */
import { compileScenarioPolicies, evaluate, evaluateCompiled } from "@/lib/iam";
import { loadCorpus } from "./corpus";

const mode = process.argv[2] === "compiled" ? "compiled" : "raw";
const seconds = Number(process.argv[3] ?? "6");
const corpus = loadCorpus();
const prepared = corpus.map((s) => ({ compiled: compileScenarioPolicies(s.policies), request: s.request, organization: s.organization ?? {} }));

let sink = 0;
let evaluations = 0;
const end = Date.now() + seconds * 1000;
while (Date.now() < end) {
  for (let i = 0; i < corpus.length; i++) {
    const p = prepared[i];
    if (mode === "raw") sink += evaluate(corpus[i]).decidedBy.length;
    else if (p) sink += evaluateCompiled(p.compiled, p.request, { organization: p.organization }).decidedBy.length;
  }
  evaluations += corpus.length;
}
console.log(`${mode}: ${evaluations} evaluations in ${seconds} s (checksum ${sink % 1000})`);
