/**
 * Test helper: reads every content/questions/*.yaml file and validates it with lib/quiz's schema.
 * (Tests may do I/O; lib/quiz itself never does.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { formatIssues, parseQuestionFile, type Question } from "@/lib/quiz";

/** Repository root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DIR = join(ROOT, "content", "questions");

/** A bank question with the file it comes from. */
export interface LoadedQuestion {
  file: string;
  question: Question;
}

/** The loaded bank: questions of files that validated, and per-file problems. */
export interface LoadedBank {
  files: string[];
  questions: LoadedQuestion[];
  /** `file: path: message` lines, one per problem. */
  problems: string[];
}

let cache: LoadedBank | undefined;

/** Loads and validates the whole bank once per test file. */
export function loadBank(): LoadedBank {
  if (cache) return cache;
  const files = readdirSync(DIR).filter((f) => f.endsWith(".yaml")).sort();
  const questions: LoadedQuestion[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const rel = `content/questions/${file}`;
    let value: unknown;
    try {
      value = parse(readFileSync(join(DIR, file), "utf8"));
    } catch (err) {
      problems.push(`${rel}: yaml: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const result = parseQuestionFile(value);
    if (!result.ok) {
      problems.push(...formatIssues(result.issues).split("\n").map((line) => `${rel}: ${line}`));
      continue;
    }
    for (const question of result.file.questions) questions.push({ file: rel, question });
  }
  cache = { files, questions, problems };
  return cache;
}

/** Known topic ids from content/topics.yaml. */
export function loadTopicIds(): string[] {
  const value = parse(readFileSync(join(ROOT, "content", "topics.yaml"), "utf8")) as { topics?: { id: string }[] };
  return (value.topics ?? []).map((t) => t.id);
}
