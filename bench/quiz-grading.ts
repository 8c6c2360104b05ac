/**
 * Grading throughput of write-a-policy answers with the pure quiz engine (lib/quiz): every write
 * question of the bank, instantiated with fresh seeds, graded with its model solution and with its
 * starter policy in turn. Run alone with `npx tsx bench/quiz-grading.ts`.
 */
import { performance } from "node:perf_hooks";
import { loadQuestions } from "../lib/content/questions";
import { gradeAnswer, instantiate, type QuestionInstance } from "../lib/quiz";

/** Result of the grading benchmark. */
export type GradingBench = { questions: number; answers: number; seconds: number; perSecond: number; p95Ms: number };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Grades write answers for about `seconds` seconds; returns answers per second and the p95 of one grading. */
export function benchWriteGrading(seconds = 5): GradingBench {
  const writes = loadQuestions(process.cwd())
    .map((l) => l.question)
    .filter((q) => q.type === "write");
  const instances: { q: QuestionInstance; policies: string[] }[] = writes.flatMap((w) =>
    [1, 2, 3].map((seed) => {
      const q = instantiate(w, seed);
      return { q, policies: q.type === "write" ? [q.solution, q.starter] : [] };
    }),
  );
  for (const { q, policies } of instances) for (const policy of policies) gradeAnswer(q, { policy }); // warm up
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  let i = 0;
  while (performance.now() < until) {
    const item = instances[i % instances.length]!;
    const policy = item.policies[Math.floor(i / instances.length) % 2]!;
    const t0 = performance.now();
    const result = gradeAnswer(item.q, { policy });
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(`grading failed for ${item.q.id}: ${result.error.message}`);
    i += 1;
  }
  const total = times.reduce((a, b) => a + b, 0) / 1000;
  times.sort((a, b) => a - b);
  return { questions: writes.length, answers: times.length, seconds: total, perSecond: times.length / total, p95Ms: percentile(times, 95) };
}

if (process.argv[1]?.endsWith("quiz-grading.ts")) {
  const r = benchWriteGrading();
  console.log(`write grading: ${r.answers} answers over ${r.questions} questions, ${r.perSecond.toFixed(0)} answers/s, p95 ${r.p95Ms.toFixed(2)} ms`);
}
