"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, type ActionResult } from "@/lib/actions/authed-action";
import { updateReportResolved } from "@/lib/db/reports";

const resolveSchema = z.object({
  reportId: z.string().min(1).max(64),
  resolved: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** INSTRUCTOR: marks a question report resolved, or reopens it. */
export const resolveReportAction = authedAction(
  resolveSchema,
  async ({ input }): Promise<ActionResult<null>> => {
    const result = await updateReportResolved(input.reportId, input.resolved);
    if (!result.ok) return { ok: false, message: "That report no longer exists" };
    revalidatePath("/instructor/reports");
    return { ok: true, data: null, message: input.resolved ? "Marked resolved" : "Reopened" };
  },
  { role: "INSTRUCTOR" },
);
