/**
 * Drawing questions for a quiz and aggregating results for result pages. Pure and deterministic.
 */
import { mixSeed, mulberry32 } from "./random";

/** What `drawQuestions` needs to know about a question. */
export interface QuestionSummary {
  id: string;
  topics: readonly string[];
  domains: readonly string[];
}

/** Options of `drawQuestions`. */
export interface DrawOptions {
  count: number;
  seed: number;
  /** Ids the learner has already seen: drawn only after every eligible unseen question. */
  seenIds?: Iterable<string>;
  /** Weight by topic id; when given, a question weighs its best-weighted topic (unlisted: 0). */
  topicWeights?: Readonly<Record<string, number>>;
  /** Weight by domain; when given, a question weighs its best-weighted domain (unlisted: 0). */
  domainWeights?: Readonly<Record<string, number>>;
}

function bestWeight(keys: readonly string[], weights: Readonly<Record<string, number>> | undefined): number {
  if (weights === undefined) return 1;
  let best = 0;
  for (const k of keys) {
    const w = weights[k];
    if (w !== undefined && Number.isFinite(w) && w > best) best = w;
  }
  return best;
}

/**
 * Draws up to `count` question ids: unseen questions first, then seen ones, each group in a
 * weighted random order (weight = topic weight × domain weight; weight 0 is never drawn). The
 * order depends only on the seed and the ids, not on the order of `bank`.
 */
export function drawQuestions(bank: readonly QuestionSummary[], opts: DrawOptions): string[] {
  const seen = new Set(opts.seenIds ?? []);
  const keyed = new Map<string, { key: number; seen: boolean }>();
  for (const q of bank) {
    if (keyed.has(q.id)) continue;
    const weight = bestWeight(q.topics, opts.topicWeights) * bestWeight(q.domains, opts.domainWeights);
    if (!(weight > 0)) continue;
    // Efraimidis–Spirakis: sorting by -ln(u)/w is weighted sampling without replacement.
    const u = mulberry32(mixSeed(opts.seed, q.id))();
    keyed.set(q.id, { key: -Math.log(1 - u) / weight, seen: seen.has(q.id) });
  }
  const ordered = [...keyed.entries()].sort(([ia, a], [ib, b]) => {
    if (a.seen !== b.seen) return a.seen ? 1 : -1;
    return a.key - b.key || (ia < ib ? -1 : ia > ib ? 1 : 0);
  });
  return ordered.slice(0, Math.max(0, Math.floor(opts.count))).map(([id]) => id);
}

/** One graded answer, as result pages aggregate it. */
export interface ScoredResult {
  topics: readonly string[];
  domains: readonly string[];
  /** 0..1. */
  score: number;
  correct: boolean;
}

/** Aggregate of the answers under one topic or domain. */
export interface GroupScore {
  /** The topic id or the domain. */
  key: string;
  answered: number;
  correct: number;
  /** Sum of scores. */
  points: number;
  /** points / answered, 0..1. */
  ratio: number;
}

function scoreBy(results: readonly ScoredResult[], keysOf: (r: ScoredResult) => readonly string[]): GroupScore[] {
  const groups = new Map<string, GroupScore>();
  for (const r of results) {
    for (const key of new Set(keysOf(r))) {
      const g = groups.get(key) ?? { key, answered: 0, correct: 0, points: 0, ratio: 0 };
      g.answered += 1;
      g.correct += r.correct ? 1 : 0;
      g.points += r.score;
      g.ratio = g.points / g.answered;
      groups.set(key, g);
    }
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Scores grouped by topic (an answer counts for every topic of its question), sorted by topic id. */
export function scoreByTopic(results: readonly ScoredResult[]): GroupScore[] {
  return scoreBy(results, (r) => r.topics);
}

/** Scores grouped by domain (an answer counts for every domain of its question), sorted by domain. */
export function scoreByDomain(results: readonly ScoredResult[]): GroupScore[] {
  return scoreBy(results, (r) => r.domains);
}
