/**
 * Input of the sandbox's save and delete actions (zod). Pure, so tests can check it directly.
 */
import { z } from "zod";

/** Largest scenario a learner may save (UTF-8 bytes). */
export const MAX_SCENARIO_BYTES = 256 * 1024;
/** Most scenarios one learner keeps. */
export const MAX_SAVED_SCENARIOS = 100;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

function isScenarioObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Save: a name and the scenario JSON text. */
export const saveScenarioSchema = z.object({
  name: z.string({ error: "Give the scenario a name" }).trim().min(1, "Give the scenario a name").max(120, "Use at most 120 characters for the name"),
  scenario: z.string({ error: "The scenario is missing" }).superRefine((text, ctx) => {
    if (text.length > MAX_SCENARIO_BYTES || utf8Length(text) > MAX_SCENARIO_BYTES) {
      ctx.addIssue({ code: "custom", message: "The scenario is over the 256 KB limit" });
    } else if (!isScenarioObject(text)) {
      ctx.addIssue({ code: "custom", message: "The scenario must be a JSON object" });
    }
  }),
});

/** Delete: the id of a saved scenario. */
export const deleteScenarioSchema = z.object({ id: z.string().min(1).max(64) });
