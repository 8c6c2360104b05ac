import type { ContextValue } from "../types";

/** Above this many keys, lookups go through a `Map` instead of a linear scan. */
const SCAN_LIMIT = 12;

const lowerCache = new Map<string, string>();

/** `key.toLowerCase()`, memoized (context keys repeat across requests). */
function lower(key: string): string {
  let v = lowerCache.get(key);
  if (v === undefined) {
    // INVARIANT: bounded memory; the oldest entry is dropped first.
    if (lowerCache.size >= 2000) lowerCache.delete(lowerCache.keys().next().value as string);
    v = key.toLowerCase();
    lowerCache.set(key, v);
  }
  return v;
}

/**
 * Case-insensitive view of the request context.
 * INVARIANT: built once per request and never changed; keys are compared lower-cased (AWS context
 * keys are case-insensitive, including the tag-key part of `aws:PrincipalTag/...`). When two keys
 * differ only in case, the later one wins. Small contexts are scanned (cheaper than building a
 * `Map` for a handful of keys); large ones get a `Map` on first lookup.
 */
export class ContextView {
  private readonly keys: string[] = [];
  private readonly vals: (string | string[])[] = [];
  private index: Map<string, string | string[]> | null = null;

  constructor(context: Readonly<Record<string, ContextValue>>) {
    for (const key of Object.keys(context)) {
      const v = context[key];
      if (typeof v !== "string" && !Array.isArray(v)) continue;
      this.keys.push(lower(key));
      this.vals.push(v);
    }
  }

  /** The value as given: a string (single-valued) or an array (multivalued); undefined if absent. */
  raw(lowerKey: string): string | string[] | undefined {
    const keys = this.keys;
    if (keys.length > SCAN_LIMIT) return (this.index ??= this.buildIndex()).get(lowerKey);
    for (let i = keys.length - 1; i >= 0; i--) if (keys[i] === lowerKey) return this.vals[i];
    return undefined;
  }

  private buildIndex(): Map<string, string | string[]> {
    const m = new Map<string, string | string[]>();
    this.keys.forEach((k, i) => m.set(k, this.vals[i] ?? ""));
    return m;
  }

  /** All values of a key (a single value becomes a one-element array), or undefined if absent. */
  values(lowerKey: string): string[] | undefined {
    const v = this.raw(lowerKey);
    return typeof v === "string" ? [v] : v;
  }

  /** The value of a single-valued key; multivalued keys return undefined (not usable as variables). */
  single(lowerKey: string): string | undefined {
    const v = this.raw(lowerKey);
    return typeof v === "string" ? v : undefined;
  }

  /** Whether the key is present and single-valued-or-multivalued. */
  has(lowerKey: string): boolean {
    return this.raw(lowerKey) !== undefined;
  }

  /** Whether the key was given as an array (multivalued). */
  isMultivalued(lowerKey: string): boolean {
    return Array.isArray(this.raw(lowerKey));
  }
}
