import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const current = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null; role: "LEARNER" | "INSTRUCTOR" | "ADMIN"; disabled: boolean } }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: () => Promise.resolve(current.user),
  hasRole: (role: string, minimum: string) => {
    const rank: Record<string, number> = { LEARNER: 0, INSTRUCTOR: 1, ADMIN: 2 };
    return (rank[role] ?? -1) >= (rank[minimum] ?? 99);
  },
}));

const { authedAction, formDataToObject } = await import("@/lib/actions/authed-action");

const action = authedAction(
  z.object({ n: z.coerce.number().int().min(1, "must be at least 1") }),
  ({ user, input }) => Promise.resolve({ ok: true as const, data: `${user.id}:${input.n}` }),
  { role: "INSTRUCTOR" },
);

describe("authedAction", () => {
  beforeEach(() => {
    current.user = null;
  });

  it("refuses signed-out callers before parsing anything", async () => {
    expect(await action({ n: "2" })).toEqual({ ok: false, message: "Sign in to do that" });
  });

  it("refuses a role below the minimum", async () => {
    current.user = { id: "u1", email: "l@example.com", name: null, role: "LEARNER", disabled: false };
    expect(await action({ n: "2" })).toEqual({ ok: false, message: "You do not have permission to do that" });
  });

  it("returns field errors for invalid input", async () => {
    current.user = { id: "u1", email: "i@example.com", name: null, role: "INSTRUCTOR", disabled: false };
    const result = await action({ n: "0" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { n: ["must be at least 1"] } });
  });

  it("passes the user and parsed input, also as a useActionState reducer", async () => {
    current.user = { id: "u9", email: "a@example.com", name: null, role: "ADMIN", disabled: false };
    const form = new FormData();
    form.set("n", "3");
    expect(await action(null, form)).toEqual({ ok: true, data: "u9:3" });
  });
});

describe("formDataToObject", () => {
  it("keeps repeated keys as arrays and drops Next's action fields", () => {
    const form = new FormData();
    form.append("tag", "a");
    form.append("tag", "b");
    form.append("$ACTION_ID_123", "");
    expect(formDataToObject(form)).toEqual({ tag: ["a", "b"] });
  });
});
