import { beforeEach, describe, expect, it, vi } from "vitest";

const limiter = vi.hoisted(() => ({ allowed: true, calls: [] as { bucket: string; key: string }[] }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "198.51.100.7" })) }));
vi.mock("@/lib/db/rate-limit", () => ({
  hitRateLimit: (bucket: string, key: string) => {
    limiter.calls.push({ bucket, key });
    return Promise.resolve({ allowed: limiter.allowed, retryAfterSeconds: 42 });
  },
}));
vi.mock("@/lib/db/progress", () => ({ recordLessonProgress: () => Promise.reject(new Error("signed-out grading must not save")) }));

const { gradeSelfCheckPublicAction } = await import("@/app/lessons/actions");

describe("self-check grading for signed-out readers", () => {
  beforeEach(() => {
    limiter.allowed = true;
    limiter.calls = [];
  });

  it("grades on the server and saves nothing", async () => {
    const result = await gradeSelfCheckPublicAction({ slug: "identities", answers: {} });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.saved).toBe(false);
      expect(result.data.passed).toBe(false);
      expect(result.data.results.length).toBeGreaterThanOrEqual(3);
    }
    expect(limiter.calls).toHaveLength(1);
    expect(limiter.calls[0]!.bucket).toBe("selfcheck-ip");
  });

  it("is refused, before any grading, once the address is over its limit", async () => {
    limiter.allowed = false;
    expect(await gradeSelfCheckPublicAction({ slug: "identities", answers: {} })).toEqual({ ok: false, message: "Too many checks from your address; try again in 42 s." });
  });
});
