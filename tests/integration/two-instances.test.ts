import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { CookieJar, credentialsSignIn, startAppServer, whoAmI, type AppServer } from "./support/app-server";
import { testPrisma, unique } from "./support/db";

const prisma = testPrisma();
const secret = "integration-secret-".padEnd(48, "x");
let a: AppServer;
let b: AppServer;
const email = `${unique("shared")}@example.test`;
const password = "shared password 1";

beforeAll(async () => {
  await prisma.user.create({ data: { email, name: "Sam Shared", passwordHash: await hashPassword(password) } });
  const env = { AUTH_SECRET: secret, SIGNIN_MAX_PER_EMAIL: "3", SIGNIN_MAX_PER_IP: "1000" };
  [a, b] = await Promise.all([startAppServer(env), startAppServer(env)]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await prisma.$disconnect();
});

describe("two app processes on one PostgreSQL", () => {
  it("a session created on one instance is valid on the other", async () => {
    const jar = new CookieJar();
    const location = await credentialsSignIn(a.url, jar, email, password);
    expect(location).not.toMatch(/error|code=/);
    expect(await whoAmI(a.url, jar)).toMatchObject({ email, role: "LEARNER" });
    expect(await whoAmI(b.url, jar)).toMatchObject({ email, role: "LEARNER" });
  });

  it("a role change made through the database shows on both instances at the next request", async () => {
    const jar = new CookieJar();
    await credentialsSignIn(b.url, jar, email, password);
    await prisma.user.update({ where: { email }, data: { role: "INSTRUCTOR" } });
    expect(await whoAmI(a.url, jar)).toMatchObject({ role: "INSTRUCTOR" });
    expect(await whoAmI(b.url, jar)).toMatchObject({ role: "INSTRUCTOR" });
    await prisma.user.update({ where: { email }, data: { disabled: true } });
    expect(await whoAmI(a.url, jar)).toBeNull();
    await prisma.user.update({ where: { email }, data: { disabled: false } });
  });

  it("disabling an account stops its answers at once on both instances, and changes nothing", async () => {
    const jar = new CookieJar();
    await credentialsSignIn(a.url, jar, email, password);
    const headers = { cookie: jar.header(), "content-type": "application/json" };
    const started = await fetch(`${a.url}/api/attempts`, { method: "POST", headers, body: JSON.stringify({ quizId: "practice-mixed", mode: "PRACTICE", replace: true }) });
    const { attemptId } = (await started.json()) as { attemptId: string };
    const answer = (server: AppServer, flagged: boolean) =>
      fetch(`${server.url}/api/attempts/${attemptId}/answers`, { method: "POST", headers, body: JSON.stringify({ position: 0, flagged }) });
    expect((await answer(a, false)).status).toBe(200);
    expect((await answer(b, false)).status).toBe(200);
    await prisma.user.update({ where: { email }, data: { disabled: true } });
    for (const server of [a, b]) {
      const refused = await answer(server, true);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    }
    const row = await prisma.attemptAnswer.findFirstOrThrow({ where: { attemptId, position: 0 }, select: { flagged: true } });
    expect(row.flagged).toBe(false);
    await prisma.user.update({ where: { email }, data: { disabled: false } });
    expect((await answer(b, true)).status).toBe(200);
  });

  it("failed sign-ins on one instance count towards the limit on the other", async () => {
    const target = `${unique("limited")}@example.test`;
    await prisma.user.create({ data: { email: target, passwordHash: await hashPassword("right password 1") } });
    for (const server of [a, b, a]) {
      const location = await credentialsSignIn(server.url, new CookieJar(), target, "wrong password");
      expect(location).toContain("code=invalid");
    }
    const blocked = await credentialsSignIn(b.url, new CookieJar(), target, "right password 1");
    expect(blocked).toContain("code=rate_limited");
  });
});
