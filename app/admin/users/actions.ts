"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/authed-action";
import { updateUserAccess } from "@/lib/db/users";

const roleSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(["LEARNER", "INSTRUCTOR", "ADMIN"], { message: "Choose learner, instructor or admin" }),
});

/** ADMIN: changes a user's role (takes effect on that user's next request). */
export const changeRoleAction = authedAction(
  roleSchema,
  async ({ input }) => {
    const result = await updateUserAccess(input.userId, { role: input.role });
    if (!result.ok) return result;
    revalidatePath("/admin/users");
    return { ok: true, data: undefined, message: `Role changed to ${input.role.toLowerCase()}` };
  },
  { role: "ADMIN" },
);

const disableSchema = z.object({
  userId: z.string().min(1),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** ADMIN: disables or re-enables an account (a disabled user is signed out on the next request). */
export const setDisabledAction = authedAction(
  disableSchema,
  async ({ input }) => {
    const result = await updateUserAccess(input.userId, { disabled: input.disabled });
    if (!result.ok) return result;
    revalidatePath("/admin/users");
    return { ok: true, data: undefined, message: input.disabled ? "Account disabled" : "Account enabled" };
  },
  { role: "ADMIN" },
);
