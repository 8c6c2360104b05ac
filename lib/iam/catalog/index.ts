import { FALLBACK_GLOBAL_KEYS } from "./global-keys";
import { KeyMatcher, globToRegExp, keyTemplateToRegExp } from "./key-matcher";
import {
  ACCESS_LEVEL_CODES,
  type Catalog,
  type CatalogAction,
  type CatalogIndex,
  type CatalogResourceType,
  type ConditionKeyType,
  type ServiceData,
} from "./types";

export type * from "./types";
export { ACCESS_LEVEL_CODES } from "./types";
export { globToRegExp, keyTemplateToRegExp } from "./key-matcher";

interface LoadedService {
  data: ServiceData;
  /** Lower-case action name → action name as AWS spells it. */
  actions: Map<string, string>;
  keys: KeyMatcher;
  /** Memo of per-action key matchers (action keys + resource-type keys). */
  actionKeys: Map<string, KeyMatcher>;
  /** Memo of resolved resource types by action name. */
  resourceTypes: Map<string, CatalogResourceType[]>;
}

function loadService(data: ServiceData): LoadedService {
  const actions = new Map<string, string>();
  for (const name of Object.keys(data.a)) actions.set(name.toLowerCase(), name);
  const keys = new KeyMatcher();
  for (const [key, type] of Object.entries(data.k)) keys.add(key, type);
  return { data, actions, keys, actionKeys: new Map(), resourceTypes: new Map() };
}

function splitAction(action: string): [string, string] | undefined {
  const colon = action.indexOf(":");
  if (colon <= 0 || colon === action.length - 1) return undefined;
  return [action.slice(0, colon).toLowerCase(), action.slice(colon + 1)];
}

function resolveResourceTypes(svc: LoadedService, name: string): CatalogResourceType[] {
  const known = svc.resourceTypes.get(name);
  if (known) return known;
  const data = svc.data;
  const resolved = (data.a[name]?.r ?? []).map((ref) => {
    const table = data.r[ref.n];
    return {
      name: ref.n,
      required: ref.q === 1,
      arn: table?.a,
      conditionKeys: [...new Set([...(table?.k ?? []), ...(ref.k ?? [])])],
    };
  });
  svc.resourceTypes.set(name, resolved);
  return resolved;
}

class CatalogImpl implements Catalog {
  private readonly services = new Map<string, LoadedService>();
  private readonly indexed = new Map<string, string>();
  private readonly globals = new KeyMatcher();
  private readonly globalList: string[];
  /** Condition-key prefixes that are not service prefixes (`saml`, `accounts.google.com`) → services. */
  private readonly aliases: { re: RegExp; services: string[] }[];

  constructor(files: readonly ServiceData[], index: CatalogIndex | undefined) {
    for (const entry of index?.s ?? []) this.indexed.set(entry.p.toLowerCase(), entry.n);
    const globals = index?.g ?? FALLBACK_GLOBAL_KEYS;
    for (const [key, type] of Object.entries(globals)) this.globals.add(key, type);
    this.globalList = Object.keys(globals);
    this.aliases = Object.entries(index?.u ?? {}).map(([alias, services]) => ({ re: keyTemplateToRegExp(alias), services }));
    for (const file of files) this.addService(file);
  }

  addService(data: ServiceData): void {
    this.services.set(data.p.toLowerCase(), loadService(data));
  }

  hasService(prefix: string): boolean {
    const p = prefix.toLowerCase();
    return this.services.has(p) || this.indexed.has(p);
  }

  isLoaded(prefix: string): boolean {
    return this.services.has(prefix.toLowerCase());
  }

  listServices(): string[] {
    return [...new Set([...this.indexed.keys(), ...this.services.keys()])].sort();
  }

  serviceName(prefix: string): string | undefined {
    const p = prefix.toLowerCase();
    return this.services.get(p)?.data.n ?? this.indexed.get(p);
  }

  private lookup(action: string): { svc: LoadedService; name: string } | undefined {
    const parts = splitAction(action);
    if (!parts) return undefined;
    const svc = this.services.get(parts[0]);
    const name = svc?.actions.get(parts[1].toLowerCase());
    return svc && name ? { svc, name } : undefined;
  }

  getAction(action: string): CatalogAction | undefined {
    const hit = this.lookup(action);
    const raw = hit?.svc.data.a[hit.name];
    if (!hit || !raw) return undefined;
    return {
      service: hit.svc.data.p,
      name: hit.name,
      id: `${hit.svc.data.p}:${hit.name}`,
      accessLevel: ACCESS_LEVEL_CODES[raw.l],
      resourceTypes: resolveResourceTypes(hit.svc, hit.name),
      conditionKeys: raw.k ?? [],
      dependentActions: raw.d ?? [],
    };
  }

  expandActions(pattern: string): string[] {
    const parts = splitAction(pattern);
    if (pattern === "*") return this.expandIn([...this.services.values()], /^/);
    if (!parts) return [];
    const [servicePart, actionPart] = parts;
    const serviceRe = globToRegExp(servicePart);
    const actionRe = globToRegExp(actionPart);
    return this.expandIn([...this.services.values()].filter((s) => serviceRe.test(s.data.p)), actionRe);
  }

  private expandIn(services: LoadedService[], actionRe: RegExp): string[] {
    const out: string[] = [];
    for (const svc of services) {
      for (const name of svc.actions.values()) if (actionRe.test(name)) out.push(`${svc.data.p}:${name}`);
    }
    return out.sort();
  }

  resourceTypesFor(action: string): CatalogResourceType[] {
    const hit = this.lookup(action);
    return hit ? resolveResourceTypes(hit.svc, hit.name) : [];
  }

  private ownKeys(action: string): string[] | undefined {
    const hit = this.lookup(action);
    if (!hit) return undefined;
    const own = hit.svc.data.a[hit.name]?.k ?? [];
    const byResource = resolveResourceTypes(hit.svc, hit.name).flatMap((r) => r.conditionKeys);
    return [...new Set([...own, ...byResource])];
  }

  conditionKeysFor(action: string): string[] {
    const own = this.ownKeys(action);
    return own ? [...new Set([...own, ...this.globalList])] : [];
  }

  isKnownConditionKey(action: string, key: string): boolean {
    const hit = this.lookup(action);
    if (!hit) return false;
    if (this.globals.has(key)) return true;
    let matcher = hit.svc.actionKeys.get(hit.name);
    if (!matcher) {
      matcher = new KeyMatcher();
      for (const k of this.ownKeys(action) ?? []) matcher.add(k);
      hit.svc.actionKeys.set(hit.name, matcher);
    }
    return matcher.has(key);
  }

  isGlobalConditionKey(key: string): boolean {
    return this.globals.has(key);
  }

  conditionKeyType(key: string): ConditionKeyType | undefined {
    const global = this.globals.find(key);
    if (global) return global.type;
    const colon = key.indexOf(":");
    if (colon <= 0) return undefined;
    const prefix = key.slice(0, colon).toLowerCase();
    const aliased = this.aliases.filter((a) => a.re.test(prefix)).flatMap((a) => a.services);
    for (const service of [prefix, ...aliased]) {
      const hit = this.services.get(service.toLowerCase())?.keys.find(key);
      if (hit) return hit.type;
    }
    return undefined;
  }
}

/**
 * Creates a catalog over loaded service files and, optionally, the index (which lists every
 * service and carries the global condition keys; without it a built-in list of global keys is
 * used). Pure and synchronous; add files later with `catalog.addService`.
 */
export function createCatalog(serviceFiles: readonly ServiceData[], index?: CatalogIndex): Catalog {
  return new CatalogImpl(serviceFiles, index);
}
