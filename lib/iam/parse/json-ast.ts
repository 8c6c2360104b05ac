import type { SourceRange } from "../types";

/** A JSON object member, with duplicates preserved in source order. */
export interface JsonEntry {
  key: string;
  keyRange?: SourceRange;
  value: JsonNode;
}

/** A JSON value with optional source ranges (present when parsed from text). */
export type JsonNode =
  | { kind: "object"; entries: JsonEntry[]; range?: SourceRange }
  | { kind: "array"; items: JsonNode[]; range?: SourceRange }
  | { kind: "string"; value: string; range?: SourceRange }
  | { kind: "number"; value: number; raw: string; range?: SourceRange }
  | { kind: "boolean"; value: boolean; range?: SourceRange }
  | { kind: "null"; range?: SourceRange }
  /** A JavaScript value that JSON cannot hold (undefined, function, bigint, cycle, too deep). */
  | { kind: "unsupported"; typeName: string; range?: SourceRange };

const MAX_DEPTH = 128;

/** Converts an already-parsed JavaScript value into a `JsonNode` (no ranges); never throws. */
export function nodeFromValue(value: unknown, depth = 0): JsonNode {
  if (depth > MAX_DEPTH) return { kind: "unsupported", typeName: "too deeply nested value" };
  if (value === null) return { kind: "null" };
  switch (typeof value) {
    case "string":
      return { kind: "string", value };
    case "number":
      if (!Number.isFinite(value)) return { kind: "unsupported", typeName: "non-finite number" };
      return { kind: "number", value, raw: String(value) };
    case "boolean":
      return { kind: "boolean", value };
    case "object":
      break;
    default:
      return { kind: "unsupported", typeName: typeof value };
  }
  if (Array.isArray(value)) {
    return { kind: "array", items: value.map((v: unknown) => nodeFromValue(v, depth + 1)) };
  }
  const entries: JsonEntry[] = [];
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    entries.push({ key, value: nodeFromValue(v, depth + 1) });
  }
  return { kind: "object", entries };
}

/** Human name of a node's JSON type, for diagnostics. */
export function jsonTypeName(node: JsonNode): string {
  return node.kind === "unsupported" ? node.typeName : node.kind;
}

/** Text of a scalar as AWS reads it in string positions (booleans and numbers become strings). */
export function scalarText(node: JsonNode): string | undefined {
  switch (node.kind) {
    case "string":
      return node.value;
    case "number":
      return node.raw;
    case "boolean":
      return node.value ? "true" : "false";
    default:
      return undefined;
  }
}
