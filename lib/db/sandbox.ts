import "server-only";
import type { Decision } from "@/lib/iam";
import { db } from "./client";

/** What is stored in `SandboxSubmission.result` for a free (non-challenge) sandbox scenario. */
export interface SavedScenarioResult {
  kind: "scenario";
  name: string;
  decision: Decision;
}

/** A saved scenario in the user's list. */
export interface SavedScenarioSummary {
  id: string;
  name: string;
  decision: Decision;
  createdAt: Date;
}

/** A saved scenario with its JSON text. */
export interface SavedScenario extends SavedScenarioSummary {
  /** The scenario JSON (shared/iam/SCENARIO-FORMAT.md). */
  scenario: string;
}

/** Input of `saveSandboxScenario` (validated by the caller). */
export type SaveScenarioInput = { name: string; scenario: string; decision: Decision };

const DECISIONS: readonly Decision[] = ["Allow", "ExplicitDeny", "ImplicitDeny"];

function readResult(result: unknown): { name: string; decision: Decision } {
  const r = (typeof result === "object" && result !== null ? result : {}) as { name?: unknown; decision?: unknown };
  return {
    name: typeof r.name === "string" && r.name ? r.name : "Untitled scenario",
    decision: DECISIONS.includes(r.decision as Decision) ? (r.decision as Decision) : "ImplicitDeny",
  };
}

/** Most scenarios one user keeps; the oldest beyond this are not listed. */
export const MAX_LISTED_SCENARIOS = 100;

/** Saves a scenario for the user (as JSON in `policy`, the decision in `result`); returns its id. */
export async function saveSandboxScenario(userId: string, input: SaveScenarioInput): Promise<{ id: string }> {
  const result: SavedScenarioResult = { kind: "scenario", name: input.name, decision: input.decision };
  const row = await db().sandboxSubmission.create({
    data: { userId, challengeId: null, policy: input.scenario, passed: input.decision === "Allow", result: { ...result } },
    select: { id: true },
  });
  return row;
}

/** The user's saved scenarios, newest first. */
export async function listSandboxScenarios(userId: string): Promise<SavedScenarioSummary[]> {
  const rows = await db().sandboxSubmission.findMany({
    where: { userId, challengeId: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_LISTED_SCENARIOS,
    select: { id: true, result: true, createdAt: true },
  });
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, ...readResult(r.result) }));
}

/** One of the user's saved scenarios, or null when there is none (or it is someone else's). */
export async function getSandboxScenario(userId: string, id: string): Promise<SavedScenario | null> {
  const row = await db().sandboxSubmission.findFirst({
    where: { id, userId, challengeId: null },
    select: { id: true, policy: true, result: true, createdAt: true },
  });
  return row ? { id: row.id, scenario: row.policy, createdAt: row.createdAt, ...readResult(row.result) } : null;
}

/** Deletes one of the user's saved scenarios; false when there is none (or it is someone else's). */
export async function deleteSandboxScenario(userId: string, id: string): Promise<boolean> {
  const { count } = await db().sandboxSubmission.deleteMany({ where: { id, userId, challengeId: null } });
  return count > 0;
}

/** How many scenarios the user has saved. */
export async function countSandboxScenarios(userId: string): Promise<number> {
  return db().sandboxSubmission.count({ where: { userId, challengeId: null } });
}
