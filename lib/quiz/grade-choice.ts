/**
 * Graders of the hand-keyed types: single, multiple, truefalse, ordering and fill.
 */
import type { GradeResult, OptionFeedback } from "./grade-types";
import { GRADE_ERROR_CODES as E, type GradeError, type ResponseOf } from "./responses";
import type { FillQuestion, MultipleQuestion, OrderingQuestion, SingleQuestion, TrueFalseQuestion } from "./schema-types";

type Base = { explanation: string; source: string };
const base = (q: Base): Base => ({ explanation: q.explanation, source: q.source });
const fail = (error: GradeError): GradeResult => ({ ok: false, error });

function optionFeedback(o: SingleQuestion["options"][number]): OptionFeedback {
  const out: OptionFeedback = { id: o.id, text: o.text, correct: o.correct, feedback: o.feedback };
  if (o.misconception !== undefined) out.misconception = o.misconception;
  return out;
}

/** Single choice: full marks for the one correct option. */
export function gradeSingle(q: SingleQuestion, r: ResponseOf<"single">): GradeResult {
  const chosen = q.options.find((o) => o.id === r.choice);
  if (!chosen) return fail({ code: E.UNKNOWN_OPTION, message: `unknown option \`${r.choice}\``, path: "choice" });
  const correctIds = q.options.filter((o) => o.correct).map((o) => o.id);
  const feedback = { type: "single" as const, ...base(q), chosen: optionFeedback(chosen), correctIds };
  return { ok: true, result: { correct: chosen.correct, score: chosen.correct ? 1 : 0, feedback } };
}

/** Checks a list of ids: no duplicates, every id known. */
function checkIds(ids: readonly string[], known: ReadonlySet<string>, field: string): GradeError | null {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (!known.has(id)) return { code: E.UNKNOWN_OPTION, message: `unknown ${field === "order" ? "item" : "option"} \`${id}\``, path: `${field}[${i}]` };
    if (seen.has(id)) return { code: E.DUPLICATE_CHOICE, message: `\`${id}\` is chosen more than once`, path: `${field}[${i}]` };
    seen.add(id);
  }
  return null;
}

/**
 * Multiple response: (correct picks − wrong picks) / number of correct options, floored at 0;
 * full marks (and `correct`) only for the exact set.
 */
export function gradeMultiple(q: MultipleQuestion, r: ResponseOf<"multiple">): GradeResult {
  const error = checkIds(r.choices, new Set(q.options.map((o) => o.id)), "choices");
  if (error) return fail(error);
  const picked = new Set(r.choices);
  const correctIds = q.options.filter((o) => o.correct).map((o) => o.id);
  const right = q.options.filter((o) => o.correct && picked.has(o.id)).length;
  const wrong = q.options.filter((o) => !o.correct && picked.has(o.id)).length;
  const exact = right === correctIds.length && wrong === 0;
  const score = exact ? 1 : Math.max(0, (right - wrong) / correctIds.length);
  const chosen = q.options.filter((o) => picked.has(o.id)).map(optionFeedback);
  const missedIds = correctIds.filter((id) => !picked.has(id));
  return { ok: true, result: { correct: exact, score, feedback: { type: "multiple", ...base(q), chosen, correctIds, missedIds } } };
}

/** True/false: feedback for the chosen value. */
export function gradeTrueFalse(q: TrueFalseQuestion, r: ResponseOf<"truefalse">): GradeResult {
  const correct = r.answer === q.answer;
  const feedback = { type: "truefalse" as const, ...base(q), answer: q.answer, chosen: r.answer, feedback: r.answer ? q.feedback.true : q.feedback.false };
  return { ok: true, result: { correct, score: correct ? 1 : 0, feedback } };
}

/** Ordering: the response must be a permutation of the item ids; exact order required for credit. */
export function gradeOrdering(q: OrderingQuestion, r: ResponseOf<"ordering">): GradeResult {
  const error = checkIds(r.order, new Set(q.items.map((i) => i.id)), "order");
  if (error) return fail(error);
  if (r.order.length !== q.items.length) {
    return fail({ code: E.NOT_A_PERMUTATION, message: `the order must list all ${q.items.length} items exactly once (got ${r.order.length})`, path: "order" });
  }
  const positionsCorrect = q.items.filter((item, i) => r.order[i] === item.id).length;
  const correct = positionsCorrect === q.items.length;
  const feedback = { type: "ordering" as const, ...base(q), correctOrder: q.items.map(({ id, text }) => ({ id, text })), positionsCorrect };
  return { ok: true, result: { correct, score: correct ? 1 : 0, feedback } };
}

const normalize = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Reads a number from a fill answer: digits with an optional decimal point, thousands separators
 * (`1,000`) allowed, optionally followed by the question's unit (`36 hours`, `36 hour`).
 */
export function readNumber(text: string, unit?: string): number | null {
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(.*)$/.exec(text.trim());
  if (!m?.[1]) return null;
  const rest = normalize(m[2] ?? "");
  const u = unit === undefined ? "" : normalize(unit);
  const unitOk = rest === "" || (u !== "" && (rest === u || rest === u.replace(/s$/, "") || `${rest}s` === u));
  return unitOk ? Number(m[1].replace(/,/g, "")) : null;
}

/** Fill: accepted answers compared case-insensitively and trimmed, or a number within tolerance. */
export function gradeFill(q: FillQuestion, r: ResponseOf<"fill">): GradeResult {
  let correct = false;
  if (q.accepted) correct = q.accepted.some((a) => normalize(a) === normalize(r.text));
  if (q.numeric) {
    const n = readNumber(r.text, q.numeric.unit);
    correct = n !== null && Math.abs(n - q.numeric.value) <= q.numeric.tolerance + 1e-9;
  }
  const feedback = { type: "fill" as const, ...base(q), ...(q.accepted ? { accepted: q.accepted } : {}), ...(q.numeric ? { numeric: q.numeric } : {}) };
  return { ok: true, result: { correct, score: correct ? 1 : 0, feedback } };
}
