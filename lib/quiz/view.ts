/**
 * What the browser may see of a question before it is answered (DESIGN rule 12): no keys, no
 * feedback, no explanations, no stated answers, no solution, no hidden cases, no misconception tags.
 */
import type { QuestionInstance } from "./params";
import { mixSeed, shuffle } from "./random";
import { listStatements, type StatementChoice } from "./scenario";
import { DECISIONS, type PartialRequest, type QuizDecision, type Scenario, type WriteConstraints, type WriteSlot } from "./schema-parts";
import type { QuestionType, WriteQuestion } from "./schema-types";

/** Seeded shuffle for the app to shuffle options (`shuffle(options, seed)`). */
export { shuffle } from "./random";

/** Fields every learner view has. */
interface ViewBase {
  id: string;
  version: number;
  type: QuestionType;
  topics: string[];
  domains: string[];
  difficulty: 1 | 2 | 3;
  prompt: string;
}

/** A write case the learner may see: what is required, not how it is checked. */
export interface VisibleCase {
  id: string;
  label: string;
  request: PartialRequest;
  expect: "allow" | "deny";
}

/** The learner's view of a question, by type. */
export type LearnerView =
  | (ViewBase & { type: "single" | "multiple"; options: { id: string; text: string }[] })
  | (ViewBase & { type: "truefalse" })
  | (ViewBase & { type: "ordering"; items: { id: string; text: string }[] })
  | (ViewBase & { type: "fill"; input: "text" | "number"; unit?: string })
  | (ViewBase & { type: "predict"; scenario: Scenario; choices: QuizDecision[]; askStatement: boolean; statements?: StatementChoice[] })
  | (ViewBase & { type: "spot"; scenario: Scenario; statements: StatementChoice[] })
  | (ViewBase & {
      type: "write";
      slot: WriteSlot;
      starter: string;
      base: WriteQuestion["base"];
      cases: VisibleCase[];
      hiddenCaseCount: number;
      constraints: WriteConstraints;
    });

/** Shuffles ordering items with the seed, never leaving them in the authored (correct) order. */
function shuffledItems<T extends { id: string }>(items: readonly T[], seed: number, salt: string): T[] {
  const out = shuffle(items, mixSeed(seed, salt));
  const same = out.every((item, i) => item.id === items[i]?.id);
  return same && out.length > 1 ? [...out.slice(1), ...out.slice(0, 1)] : out;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type TypeView = DistributiveOmit<LearnerView, Exclude<keyof ViewBase, "type">>;

function typeView(q: QuestionInstance, seed: number): TypeView {
  switch (q.type) {
    case "single":
    case "multiple":
      return { type: q.type, options: q.options.map(({ id, text }) => ({ id, text })) };
    case "truefalse":
      return { type: q.type };
    case "ordering":
      return { type: q.type, items: shuffledItems(q.items.map(({ id, text }) => ({ id, text })), seed, q.id) };
    case "fill":
      return q.numeric ? { type: q.type, input: "number", ...(q.numeric.unit !== undefined ? { unit: q.numeric.unit } : {}) } : { type: q.type, input: "text" };
    case "predict": {
      const askStatement = q.askStatement === true;
      return { type: q.type, scenario: q.scenario, choices: [...DECISIONS], askStatement, ...(askStatement ? { statements: listStatements(q.scenario) } : {}) };
    }
    case "spot":
      return { type: q.type, scenario: q.scenario, statements: listStatements(q.scenario) };
    case "write": {
      const cases = q.cases.filter((c) => !c.hidden).map(({ id, label, request, expect }) => ({ id, label, request, expect }));
      const hiddenCaseCount = q.cases.length - cases.length;
      return { type: q.type, slot: q.slot, starter: q.starter, base: q.base, cases, hiddenCaseCount, constraints: q.constraints };
    }
  }
}

/**
 * The learner's view of an instantiated question, safe to send to the browser before answering.
 * Options keep their authored order (shuffle them in the app with `shuffle(items, seed)`);
 * ordering items are shuffled with `seed`. The result is a fresh JSON-safe object.
 */
export function learnerView(question: QuestionInstance, seed = 0): LearnerView {
  const { id, version, topics, domains, difficulty, prompt } = question;
  const view = { id, version, topics: [...topics], domains: [...domains], difficulty, prompt, ...typeView(question, seed) };
  return structuredClone<LearnerView>(view);
}
