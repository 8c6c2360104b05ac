/**
 * Cache of compiled policy documents. Object documents are found by identity (a `WeakMap`, no
 * serialization) and reused only while they still equal the snapshot taken when they were
 * compiled; other documents (fresh objects, JSON text) are found by text in a bounded map that
 * evicts its least recently used entry.
 * INVARIANT: cached compiled policies and their diagnostics are shared and never mutated;
 * callers copy the diagnostics they hand out.
 */
import type { Diagnostic } from "../types";
import type { CompiledPolicy } from "./compile-policies";
import { sameAsSnapshot, snapshot, UNSNAPPABLE, type Snap } from "./snapshot";

/** A compiled document and the diagnostics compiling it produced. */
export interface CacheEntry {
  compiled: CompiledPolicy;
  diagnostics: readonly Diagnostic[];
}

interface ObjectEntry {
  snap: Snap;
  /** By place (`kind`, NUL, JSON path): the same document may sit in several slots. */
  byPlace: Map<string, CacheEntry>;
}

const TEXT_LIMIT = 1000;
const byText = new Map<string, CacheEntry>();
const byObject = new WeakMap<object, ObjectEntry>();

/** The text key of a document at a place; undefined when it cannot be serialized (cycles, bigint). */
export function textKey(doc: unknown, place: string): string | undefined {
  try {
    return `${place}\u0000${typeof doc === "string" ? doc : JSON.stringify(doc)}`;
  } catch {
    return undefined;
  }
}

/** Looks an object document up by identity; undefined when unknown or changed since. */
export function objectHit(doc: unknown, place: string): CacheEntry | undefined {
  if (typeof doc !== "object" || doc === null) return undefined;
  const e = byObject.get(doc);
  return e && sameAsSnapshot(doc, e.snap) ? e.byPlace.get(place) : undefined;
}

/** Looks a document up by text key, marking it recently used. */
export function textHit(key: string): CacheEntry | undefined {
  const hit = byText.get(key);
  if (hit) {
    byText.delete(key);
    byText.set(key, hit);
  }
  return hit;
}

/** Remembers an object document by identity (with a snapshot to detect later mutation). */
export function rememberObject(doc: unknown, place: string, entry: CacheEntry): void {
  if (typeof doc !== "object" || doc === null) return;
  let e = byObject.get(doc);
  if (!e || !sameAsSnapshot(doc, e.snap)) {
    const snap = snapshot(doc);
    if (snap === UNSNAPPABLE) return;
    e = { snap, byPlace: new Map() };
    byObject.set(doc, e);
  }
  e.byPlace.set(place, entry);
}

/** Remembers a document by text key; a full cache drops its least recently used entry. */
export function rememberText(key: string, entry: CacheEntry): void {
  // INVARIANT: bounded memory.
  if (byText.size >= TEXT_LIMIT) byText.delete(byText.keys().next().value as string);
  byText.set(key, entry);
}
