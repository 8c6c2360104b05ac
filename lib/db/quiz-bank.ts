import "server-only";
import { instantiate, questionSchema, type Question, type QuestionInstance } from "@/lib/quiz";
import { db } from "./client";

/**
 * Question versions are immutable, so each is parsed once per process and kept (bounded). Grading
 * and views work on instances: a version instantiated with the answer's parameter seed.
 */
const versions = new Map<string, Question>();
const instances = new Map<string, QuestionInstance>();
const MAX_VERSIONS = 5000;
const MAX_INSTANCES = 5000;

function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  if (map.size >= max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
  return value;
}

function parseBody(versionId: string, body: unknown): Question {
  const parsed = questionSchema.safeParse(body);
  // INVARIANT: stored bodies were validated by the seed; a failure here is a corrupted row.
  if (!parsed.success) throw new Error(`question version ${versionId} does not match the question schema`);
  return parsed.data;
}

/** The questions of the given version ids (cached; unknown ids are absent from the map). */
export async function getQuestionVersions(versionIds: readonly string[]): Promise<Map<string, Question>> {
  const missing = [...new Set(versionIds)].filter((id) => !versions.has(id));
  if (missing.length > 0) {
    const rows = await db().questionVersion.findMany({ where: { id: { in: missing } }, select: { id: true, body: true } });
    for (const row of rows) remember(versions, row.id, parseBody(row.id, row.body), MAX_VERSIONS);
  }
  const out = new Map<string, Question>();
  for (const id of versionIds) {
    const q = versions.get(id);
    if (q) out.set(id, q);
  }
  return out;
}

/** The question of one version id; throws when the version does not exist (a foreign key guarantees it). */
export async function getQuestionVersion(versionId: string): Promise<Question> {
  const q = (await getQuestionVersions([versionId])).get(versionId);
  if (!q) throw new Error(`question version ${versionId} not found`);
  return q;
}

/** A version instantiated with an answer's parameter seed (cached). */
export function instanceOf(versionId: string, question: Question, paramSeed: number | null): QuestionInstance {
  const seed = (paramSeed ?? 0) >>> 0;
  const key = `${versionId}:${seed}`;
  return instances.get(key) ?? remember(instances, key, instantiate(question, seed), MAX_INSTANCES);
}
