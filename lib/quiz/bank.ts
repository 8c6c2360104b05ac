/**
 * Whole-bank checks that no single question can make: ids unique across every file, topics known.
 */
import type { SchemaIssue } from "./schema";

/** The fields of a question `validateBank` reads. */
export interface BankEntry {
  id: string;
  topics: readonly string[];
  /** Where the question comes from (e.g. `content/questions/iam.yaml`), used in messages. */
  file?: string;
}

/** Options of `validateBank`. */
export interface BankOptions {
  /** Known topic ids (content/topics.yaml); when given, unknown topics are reported. */
  topics?: Iterable<string>;
}

function where(entry: BankEntry, index: number): string {
  return entry.file !== undefined ? `${entry.file} (${entry.id})` : `[${index}]`;
}

/**
 * Checks a whole bank: every id is unique (ids are never reused) and, when `topics` is given,
 * every topic exists. Returns issues whose path is `[index].field`; empty means the bank is valid.
 */
export function validateBank(questions: readonly BankEntry[], opts: BankOptions = {}): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const firstIndex = new Map<string, number>();
  const known = opts.topics === undefined ? undefined : new Set(opts.topics);
  questions.forEach((q, i) => {
    const first = firstIndex.get(q.id);
    if (first === undefined) firstIndex.set(q.id, i);
    else {
      const firstEntry = questions[first];
      const firstWhere = firstEntry ? where(firstEntry, first) : `[${first}]`;
      issues.push({ path: `[${i}].id`, message: `duplicate question id \`${q.id}\` in ${where(q, i)}; first used in ${firstWhere}` });
    }
    q.topics.forEach((t, j) => {
      if (known && !known.has(t)) issues.push({ path: `[${i}].topics[${j}]`, message: `unknown topic \`${t}\` in ${where(q, i)}` });
    });
  });
  return issues;
}
