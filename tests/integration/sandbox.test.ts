import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteSandboxScenario, getSandboxScenario, listSandboxScenarios, saveSandboxScenario } from "@/lib/db/sandbox";
import { saveScenarioSchema, MAX_SCENARIO_BYTES } from "@/app/sandbox/schema";
import { testPrisma, unique } from "./support/db";

const prisma = testPrisma();
let owner = "";
let other = "";
const scenario = JSON.stringify({ id: "mine", request: { principal: "arn:aws:iam::111122223333:user/a", action: "s3:GetObject", resource: "*", context: {} }, policies: { identity: [] } });

beforeAll(async () => {
  owner = (await prisma.user.create({ data: { email: `${unique("sandbox-owner")}@example.test` } })).id;
  other = (await prisma.user.create({ data: { email: `${unique("sandbox-other")}@example.test` } })).id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("saved sandbox scenarios", () => {
  it("saves, lists newest first and reopens a scenario", async () => {
    const first = await saveSandboxScenario(owner, { name: "First", scenario, decision: "ImplicitDeny" });
    const second = await saveSandboxScenario(owner, { name: "Second", scenario, decision: "Allow" });
    const list = await listSandboxScenarios(owner);
    expect(list.map((s) => s.id)).toEqual([second.id, first.id]);
    expect(list[0]).toMatchObject({ name: "Second", decision: "Allow" });
    expect(await getSandboxScenario(owner, first.id)).toMatchObject({ id: first.id, name: "First", scenario });
    const row = await prisma.sandboxSubmission.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ userId: owner, challengeId: null, policy: scenario, passed: false });
  });

  it("does not let another user read, list or delete them", async () => {
    const { id } = await saveSandboxScenario(owner, { name: "Private", scenario, decision: "ExplicitDeny" });
    expect(await getSandboxScenario(other, id)).toBeNull();
    expect(await listSandboxScenarios(other)).toEqual([]);
    expect(await deleteSandboxScenario(other, id)).toBe(false);
    expect(await getSandboxScenario(owner, id)).not.toBeNull();
  });

  it("deletes the owner's scenario once", async () => {
    const { id } = await saveSandboxScenario(owner, { name: "Temp", scenario, decision: "Allow" });
    expect(await deleteSandboxScenario(owner, id)).toBe(true);
    expect(await deleteSandboxScenario(owner, id)).toBe(false);
    expect(await getSandboxScenario(owner, id)).toBeNull();
  });
});

describe("the save action's input schema", () => {
  it("accepts a scenario and trims the name", () => {
    expect(saveScenarioSchema.safeParse({ name: "  Mine ", scenario }).data).toEqual({ name: "Mine", scenario });
  });

  it("refuses a scenario over the size cap", () => {
    const big = JSON.stringify({ request: {}, policies: { identity: [{ Sid: "x".repeat(MAX_SCENARIO_BYTES) }] } });
    const parsed = saveScenarioSchema.safeParse({ name: "Big", scenario: big });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/256 KB/);
  });

  it("refuses text that is not a scenario object", () => {
    expect(saveScenarioSchema.safeParse({ name: "Bad", scenario: "[1, 2" }).success).toBe(false);
    expect(saveScenarioSchema.safeParse({ name: "Bad", scenario: "[]" }).success).toBe(false);
  });
});
