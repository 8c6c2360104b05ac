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
