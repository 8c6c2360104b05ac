/**
 * Test helper: reads every content/questions/*.yaml file and validates it with lib/quiz's schema.
 * (Tests may do I/O; lib/quiz itself never does.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadQuestions } from "@/lib/content/questions";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Question } from "@/lib/quiz";

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

/**
 * Loads and validates the whole bank once per test file, through the same loader the seed uses
 * (lib/content/questions.ts); its problems come back as lines instead of a thrown error.
 */
export function loadBank(): LoadedBank {
  if (cache) return cache;
  const files = readdirSync(DIR).filter((f) => f.endsWith(".yaml")).sort();
  try {
    cache = { files, questions: loadQuestions(ROOT).map(({ file, question }) => ({ file, question })), problems: [] };
  } catch (err) {
    cache = { files, questions: [], problems: (err instanceof Error ? err.message : String(err)).split("\n") };
  }
  return cache;
}

/** Known topic ids from content/topics.yaml. */
export function loadTopicIds(): string[] {
  const value = parse(readFileSync(join(ROOT, "content", "topics.yaml"), "utf8")) as { topics?: { id: string }[] };
  return (value.topics ?? []).map((t) => t.id);
}
