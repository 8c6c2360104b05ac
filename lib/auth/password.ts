import bcrypt from "bcryptjs";

/** bcrypt cost: 2^12 rounds, about 200 ms on this class of machine. */
const COST = 12;

/** Hashes a password with bcrypt. */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** Checks a password against a bcrypt hash (constant time). */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** The documented password of the demo accounts (README). Refused in production. */
export const DEMO_PASSWORD = "principal-demo";

/** The demo accounts seeded on the embedded database or with SEED_DEMO=1. */
export const DEMO_ACCOUNTS = [
  { email: "learner@example.com", name: "Lee Learner", role: "LEARNER" },
  { email: "instructor@example.com", name: "Ines Instructor", role: "INSTRUCTOR" },
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
] as const;
