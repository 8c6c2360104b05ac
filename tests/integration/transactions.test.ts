import { afterAll, describe, expect, it } from "vitest";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { createUserWithPassword, updateUserAccess } from "@/lib/db/users";
import { testPrisma, unique } from "./support/db";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe("transactions", () => {
  it("a transaction that fails midway leaves nothing behind", async () => {
    const email = `${unique("ghost")}@example.test`;
    await expect(
      prisma.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { email } });
        await tx.rateLimitEvent.create({ data: { bucket: "test", key: user.id } });
        throw new Error("boom after two writes");
      }),
    ).rejects.toThrow("boom after two writes");
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("refusing to remove the last active admin changes nothing", async () => {
    const admins = await prisma.user.findMany({ where: { role: "ADMIN", disabled: false }, select: { id: true } });
    // Demote every other admin so one remains, then try to demote it.
    const [keep, ...others] = admins.length
      ? admins
      : [await prisma.user.create({ data: { email: `${unique("root")}@example.test`, role: "ADMIN" } })];
    await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "INSTRUCTOR" } });
    const result = await updateUserAccess(keep!.id, { role: "LEARNER" });
    expect(result).toEqual({ ok: false, message: "Keep at least one active admin: promote someone else first" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: keep!.id } })).role).toBe("ADMIN");
    await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "ADMIN" } });
  });

  it("two concurrent sign-ups with one email create one account", async () => {
    const email = `${unique("twin")}@example.test`;
    const results = await Promise.all(
      [1, 2, 3].map((i) => createUserWithPassword({ email, name: `Twin ${i}`, passwordHash: "x" })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("the rate limiter admits exactly the limit when 20 requests race", async () => {
    const key = unique("ip");
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit("race", key, 5, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.find((r) => !r.allowed)?.retryAfterSeconds).toBeGreaterThan(0);
  });
});
