/**
 * Parameterized templates: draw parameter values from a seed and substitute `{{name}}`
 * placeholders in every string of a question. Pure and deterministic.
 */
import { mixSeed, mulberry32, randomInt, type Random } from "./random";
import type { ParamDef } from "./schema-parts";
import type { Question } from "./schema-types";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A concrete question: placeholders substituted, `params` removed, with the seed and the values
 * drawn. Grading and the learner view take instances, never templates.
 */
export type Instance<Q extends Question> = DistributiveOmit<Q, "params"> & {
  /** The seed the instance was drawn with. */
  seed: number;
  /** Parameter values by name (empty for questions without params). */
  values: Record<string, string>;
};

/** An instance of any question type. */
export type QuestionInstance = Instance<Question>;

/** Matches a `{{name}}` placeholder (spaces inside the braces are tolerated). */
export const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** A random 12-digit AWS account id that does not start with 0. */
export function randomAccountId(rand: Random): string {
  let id = String(randomInt(rand, 1, 9));
  for (let i = 0; i < 11; i++) id += String(randomInt(rand, 0, 9));
  return id;
}

function drawOne(def: ParamDef, rand: Random): string {
  switch (def.kind) {
    case "accountId":
      return randomAccountId(rand);
    case "pick":
      return String(def.values[randomInt(rand, 0, def.values.length - 1)]);
    case "int":
      return String(randomInt(rand, def.min, def.max));
  }
}

/**
 * Draws a value for every parameter, in declaration order, from `seed` mixed with `salt` (the
 * question id), so one quiz seed gives each template its own draw.
 */
export function drawParams(params: Readonly<Record<string, ParamDef>>, seed: number, salt = ""): Record<string, string> {
  const rand = mulberry32(mixSeed(seed, salt));
  const values: Record<string, string> = {};
  for (const [name, def] of Object.entries(params)) values[name] = drawOne(def, rand);
  return values;
}

/** Replaces known `{{name}}` placeholders in one string; unknown ones are left as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** Substitutes placeholders in every string (and object key) of a JSON-like value; returns a copy. */
export function substituteDeep<T>(value: T, values: Readonly<Record<string, string>>): T {
  return walk(value, values) as T;
}

function walk(value: unknown, values: Readonly<Record<string, string>>): unknown {
  if (typeof value === "string") return fillPlaceholders(value, values);
  if (Array.isArray(value)) return value.map((v: unknown) => walk(v, values));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[fillPlaceholders(k, values)] = walk(v, values);
    return out;
  }
  return value;
}

/** Every placeholder name used in the strings of a JSON-like value. */
export function placeholderNames(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") {
    for (const m of value.matchAll(PLACEHOLDER)) if (m[1] !== undefined) into.add(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) placeholderNames(v, into);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      placeholderNames(k, into);
      placeholderNames(v, into);
    }
  }
  return into;
}

/**
 * Turns a question into a concrete instance for `seed`: draws its params (if any) and substitutes
 * `{{name}}` in prompt, explanation(s), scenario, base, cases, starter and solution. The same
 * question and seed always give the same instance; a question without params is copied as is.
 */
export function instantiate<Q extends Question>(question: Q, seed: number): Instance<Q> {
  const { params, ...rest } = question as Q & { params?: Record<string, ParamDef> };
  const normalizedSeed = seed >>> 0;
  const values = params ? drawParams(params, normalizedSeed, question.id) : {};
  const filled = substituteDeep(rest, values);
  return { ...filled, seed: normalizedSeed, values } as Instance<Q>;
}
