/**
 * Static lesson prose, handed from the server-component render to the server-side HTML render.
 *
 * A lesson page used to send its prose twice: once as HTML and once inside the inline React Server
 * Components payload that hydration reads. The prose has no behaviour, so `LessonContent` resolves
 * it at build time into plain host elements (`ProseNode`), registers them here under an id, and
 * renders a `<StaticProse id>` client component whose props are only that id. When Next.js renders
 * the page's HTML (same process, same render), `StaticProse` takes the nodes from this registry and
 * writes them out; in the browser it keeps the server's HTML untouched. The payload carries ids.
 *
 * The registry lives on `globalThis` because the server-component layer and the HTML layer are
 * separate bundles with separate module instances inside one Node.js process.
 */
import { createElement, type ReactNode } from "react";

/** A host element (tag, props without children, children) or text. */
export type ProseNode = string | { t: string; p: Record<string, unknown>; c: ProseNode[] };

const REGISTRY = Symbol.for("principal.staticProse");

type Store = { [REGISTRY]?: Map<string, ProseNode[]> };

/** The process-wide map of prose id → nodes (written by `LessonContent`, read by `StaticProse`). */
export function proseRegistry(): Map<string, ProseNode[]> {
  const store = globalThis as unknown as Store;
  store[REGISTRY] ??= new Map<string, ProseNode[]>();
  return store[REGISTRY];
}

/** Rebuilds React elements (of the caller's React) from resolved nodes. */
export function toElements(nodes: ProseNode[]): ReactNode[] {
  return nodes.map((n, i) => (typeof n === "string" ? n : createElement(n.t, { ...n.p, key: i }, ...(n.c.length > 0 ? toElements(n.c) : []))));
}
