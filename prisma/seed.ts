/**
 * Idempotent seed: syncs content/ (topics, lessons, questions, challenges) into the database and
 * creates the demo accounts when asked. Running it twice changes nothing; editing content/ updates
 * rows on the next start without touching anyone's progress.
 */
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "../lib/db/prisma";
import { loadTopics } from "../lib/content/topics";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, hashPassword, verifyPassword } from "../lib/auth/password";
import { syncContent } from "./seed-content";

const root = path.resolve(import.meta.dirname, "..");

async function syncTopics(prisma: PrismaClient): Promise<number> {
  const { topics } = loadTopics(root);
  await prisma.$transaction(
    topics.map((t, position) =>
      prisma.topic.upsert({
        where: { id: t.id },
        create: { id: t.id, title: t.title, track: t.track, domains: t.domains, position },
        update: { title: t.title, track: t.track, domains: t.domains, position },
      }),
    ),
  );
  return topics.length;
}

async function seedDemoAccounts(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const exists = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    await prisma.user.create({
      data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    created += 1;
  }
  return created;
}

async function promoteAdminEmail(prisma: PrismaClient, email: string | undefined): Promise<void> {
  if (!email) return;
  await prisma.user.updateMany({ where: { email: email.toLowerCase(), role: { not: "ADMIN" } }, data: { role: "ADMIN" } });
}

/** Runs `fn` holding a session advisory lock, so instances starting together seed one at a time. */
async function withSeedLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock(4242002)");
    return await fn();
  } finally {
    await lock.query("SELECT pg_advisory_unlock(4242002)").catch(() => undefined);
    await lock.end();
  }
}

/** Seeds the database at `url`; returns a one-line summary. */
export async function seedDatabase(url: string, options: { demo: boolean; adminEmail?: string }): Promise<string> {
  return withSeedLock(url, () => seedLocked(url, options));
}

async function seedLocked(url: string, options: { demo: boolean; adminEmail?: string }): Promise<string> {
  const prisma = createPrismaClient(url, 2);
  try {
    const topics = await syncTopics(prisma);
    const content = await syncContent(prisma, root);
    const demo = options.demo ? await seedDemoAccounts(prisma) : 0;
    await promoteAdminEmail(prisma, options.adminEmail);
    return `seeded ${topics} topics, ${content}${options.demo ? `, ${demo} new demo accounts` : ""}`;
  } finally {
    await prisma.$disconnect();
  }
}

/** Production guard: refuses to start while a demo account still has the documented password. */
export async function assertNoDemoPasswordsInProduction(url: string): Promise<void> {
  const prisma = createPrismaClient(url, 1);
  try {
    const users = await prisma.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, passwordHash: { not: null } },
      select: { email: true, passwordHash: true },
    });
    for (const user of users) {
      if (user.passwordHash && (await verifyPassword(DEMO_PASSWORD, user.passwordHash))) {
        throw new Error(
          `refusing to start in production: demo account ${user.email} still has the documented demo password; change it or delete the account`,
        );
      }
    }
  } finally {
    await prisma.$disconnect();
  }
}
