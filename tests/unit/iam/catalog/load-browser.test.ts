import { describe, expect, it } from "vitest";
import type { CatalogIndex, ServiceData } from "@/lib/iam/catalog";
import { createBrowserCatalog } from "@/lib/iam/catalog/load-browser";
import { FIXTURE_SERVICES } from "../lint/fixture-catalog";

const INDEX: CatalogIndex = {
  v: 1,
  version: "test",
  updatedAt: "2026-01-01T00:00:00.000Z",
  s: FIXTURE_SERVICES.map((s) => ({ p: s.p, n: s.n, c: Object.keys(s.a).length })),
  g: { "aws:SourceIp": "IPAddress" },
  u: {},
};

function fakeFetch(calls: string[]) {
  const files = new Map<string, unknown>([["/iam-catalog/index.json", INDEX], ...FIXTURE_SERVICES.map((s): [string, ServiceData] => [`/iam-catalog/${s.p}.json`, s])]);
  return (url: string) => {
    calls.push(url);
    const body = files.get(url);
    return Promise.resolve({ ok: body !== undefined, status: body === undefined ? 404 : 200, json: () => Promise.resolve(body) });
  };
}

describe("createBrowserCatalog", () => {
  it("starts with the index only", async () => {
    const calls: string[] = [];
    const { catalog } = await createBrowserCatalog({ fetch: fakeFetch(calls) });
    expect([catalog.hasService("s3"), catalog.isLoaded("s3"), calls]).toEqual([true, false, ["/iam-catalog/index.json"]]);
  });

  it("fetches a service file once, on demand", async () => {
    const calls: string[] = [];
    const browser = await createBrowserCatalog({ fetch: fakeFetch(calls) });
    await Promise.all([browser.ensureServices(["s3"]), browser.ensureServicesForActions(["S3:GetObject", "*", "nope:X"])]);
    expect(browser.catalog.getAction("s3:GetObject")?.accessLevel).toBe("Read");
    expect(calls.filter((c) => c.endsWith("s3.json"))).toHaveLength(1);
  });

  it("rejects when a service file cannot be fetched", async () => {
    const calls: string[] = [];
    const fetchFn = fakeFetch(calls);
    const browser = await createBrowserCatalog({ fetch: (url) => (url.endsWith("iam.json") ? Promise.resolve({ ok: false, status: 500, json: () => Promise.resolve(null) }) : fetchFn(url)) });
    await expect(browser.ensureServices(["iam"])).rejects.toThrow("status 500");
  });
});
