/**
 * Resolves a server-rendered element tree into static host nodes (`ProseNode`), or says it cannot.
 *
 * Function components are called (and awaited: `Policy` and `CodeBlock` highlight asynchronously)
 * until only host elements and text are left. A subtree that reaches a client component (a
 * `"use client"` reference, e.g. TryIt's island or the self-check) cannot be static: the resolver
 * answers `null` and the caller renders that subtree through React as usual. Components called
 * here must not use hooks (they run outside a React render); one that does fails the build.
 */
import type { ReactElement } from "react";
import type { ProseNode } from "./prose-tree";

const ELEMENT = Symbol.for("react.transitional.element");
const LEGACY_ELEMENT = Symbol.for("react.element");
const FRAGMENT = Symbol.for("react.fragment");
const CLIENT_REFERENCE = Symbol.for("react.client.reference");

/** Thrown inside the walk when a subtree needs the browser; caught by `resolveStatic`. */
class NotStatic extends Error {}

function isElement(value: unknown): value is ReactElement<Record<string, unknown>> {
  const tag = (value as { $$typeof?: unknown } | null)?.$$typeof;
  return typeof value === "object" && value !== null && (tag === ELEMENT || tag === LEGACY_ELEMENT);
}

async function walk(node: unknown, out: ProseNode[]): Promise<void> {
  const value = await node;
  if (value === null || value === undefined || typeof value === "boolean") return;
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") {
    out.push(String(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const child of value) await walk(child, out);
    return;
  }
  if (!isElement(value)) throw new NotStatic();
  const { props } = value;
  const type: unknown = value.type;
  if (type === FRAGMENT) return walk(props.children, out);
  if (typeof type === "string") {
    const { children, ...rest } = props;
    const c: ProseNode[] = [];
    await walk(children, c);
    out.push({ t: type, p: rest, c });
    return;
  }
  if (typeof type === "function" && (type as { $$typeof?: unknown }).$$typeof !== CLIENT_REFERENCE) {
    return walk((type as (p: unknown) => unknown)(props), out);
  }
  // Client references, context providers, lazy and memo components: leave them to React.
  throw new NotStatic();
}

/** Host nodes for `node`, or `null` when some part of it is a client component. */
export async function resolveStatic(node: unknown): Promise<ProseNode[] | null> {
  const out: ProseNode[] = [];
  try {
    await walk(node, out);
  } catch (err) {
    if (err instanceof NotStatic) return null;
    throw err;
  }
  return out;
}
