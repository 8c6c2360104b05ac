"use server";
import { revalidatePath } from "next/cache";
import { evaluate, type Decision } from "@/lib/iam";
import { authedAction, type ActionResult } from "@/lib/actions/authed-action";
import { countSandboxScenarios, deleteSandboxScenario, saveSandboxScenario } from "@/lib/db/sandbox";
import { deleteScenarioSchema, MAX_SAVED_SCENARIOS, saveScenarioSchema } from "./schema";

/** Saves the learner's scenario; the decision stored with it is computed here, not taken from the browser. */
export const saveSandboxScenarioAction = authedAction(saveScenarioSchema, async ({ user, input }): Promise<ActionResult<{ id: string; decision: Decision }>> => {
  if ((await countSandboxScenarios(user.id)) >= MAX_SAVED_SCENARIOS) {
    return { ok: false, message: `You have ${MAX_SAVED_SCENARIOS} saved scenarios; delete some to save more` };
  }
  const { decision } = evaluate(JSON.parse(input.scenario) as unknown);
  const { id } = await saveSandboxScenario(user.id, { name: input.name, scenario: input.scenario, decision });
  revalidatePath("/sandbox");
  return { ok: true, data: { id, decision }, message: `Saved “${input.name}”` };
});

/** Deletes one of the learner's saved scenarios. */
export const deleteSandboxScenarioAction = authedAction(deleteScenarioSchema, async ({ user, input }): Promise<ActionResult> => {
  if (!(await deleteSandboxScenario(user.id, input.id))) return { ok: false, message: "That saved scenario does not exist" };
  revalidatePath("/sandbox");
  return { ok: true, data: undefined, message: "Deleted" };
});
