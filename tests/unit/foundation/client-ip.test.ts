import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";

const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIp", () => {
  it.each([
    { name: "no proxy: the address Next.js filled in", xff: "198.51.100.7", proxies: 0, ip: "198.51.100.7" },
    { name: "one proxy: the entry it appended, ignoring a forged one", xff: "6.6.6.6, 198.51.100.7", proxies: 1, ip: "198.51.100.7" },
    { name: "two proxies: second from the right", xff: "6.6.6.6, 198.51.100.7, 10.0.0.2", proxies: 2, ip: "198.51.100.7" },
    { name: "more proxies than entries: the leftmost", xff: "198.51.100.7", proxies: 3, ip: "198.51.100.7" },
  ])("$name", ({ xff, proxies, ip }) => {
    expect(clientIp(h(xff), proxies)).toBe(ip);
  });

  it("falls back to unknown without any header", () => {
    expect(clientIp(h(), 0)).toBe("unknown");
  });
});
