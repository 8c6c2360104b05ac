import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { loadTopics } from "./topics";
import { formatIssues, parseQuestionFile, validateBank, type Question } from "../quiz";

/** One question as loaded from content/questions, with the file it came from and a content hash. */
export type LoadedQuestion = { question: Question; file: string; contentHash: string };

function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

/**
 * Loads and validates every content/questions/*.yaml; throws one error listing every problem,
 * each naming the file and the path.
 */
export function loadQuestions(root: string): LoadedQuestion[] {
  const dir = path.join(root, "content", "questions");
  const errors: string[] = [];
  const loaded: LoadedQuestion[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
    const file = `content/questions/${name}`;
    let raw: unknown;
    try {
      raw = parse(readFileSync(path.join(dir, name), "utf8"));
    } catch (error) {
      errors.push(`${file}: invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const result = parseQuestionFile(raw);
    if (!result.ok) {
      errors.push(formatIssues(result.issues).split("\n").map((line) => `${file}: ${line}`).join("\n"));
      continue;
    }
    for (const question of result.file.questions) loaded.push({ question, file, contentHash: hashOf(question) });
  }
  if (errors.length === 0) {
    const topics = loadTopics(root).topics.map((t) => t.id);
    const bank = validateBank(
      loaded.map((l) => ({ id: l.question.id, topics: l.question.topics, file: l.file })),
      { topics },
    );
    if (bank.length > 0) errors.push(formatIssues(bank));
  }
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return loaded;
}
