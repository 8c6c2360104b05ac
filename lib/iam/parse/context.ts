import type { Diagnostic, SourceRange } from "../types";
import { DIAGNOSTIC_CODES as C, type DiagnosticCode } from "./codes";
import { jsonTypeName, scalarText, type JsonEntry, type JsonNode } from "./json-ast";

/** Collects diagnostics and source ranges while a policy is being parsed. */
export class ParseContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly sourceMap: Record<string, SourceRange> = {};
  /** Number of error diagnostics recorded so far. */
  errorCount = 0;

  /** Records an error. */
  error(code: DiagnosticCode, path: string, message: string, range?: SourceRange, help?: string): void {
    this.push("error", code, path, message, range, help);
  }

  /** Records a warning. */
  warn(code: DiagnosticCode, path: string, message: string, range?: SourceRange, help?: string): void {
    this.push("warning", code, path, message, range, help);
  }

  private push(
    severity: Diagnostic["severity"],
    code: DiagnosticCode,
    path: string,
    message: string,
    range?: SourceRange,
    help?: string,
  ): void {
    const d: Diagnostic = { code, message, path, severity };
    if (help !== undefined) d.help = help;
    if (range !== undefined) d.range = range;
    if (severity === "error") this.errorCount++;
    this.diagnostics.push(d);
  }

  /** Remembers the range of the node at `path`. */
  mark(path: string, node: JsonNode): void {
    if (node.range) this.sourceMap[path] = node.range;
  }

  /**
   * Members of an object node by key, reporting duplicates (the last one wins, like
   * `JSON.parse`). Returns undefined (and reports) when the node is not an object.
   */
  members(node: JsonNode, path: string, what: string): Map<string, JsonEntry> | undefined {
    if (node.kind !== "object") {
      this.wrongType(node, path, `${what} must be an object`);
      return undefined;
    }
    const map = new Map<string, JsonEntry>();
    for (const entry of node.entries) {
      if (map.has(entry.key)) {
        this.error(C.DUPLICATE_KEY, join(path, entry.key), `duplicate key \`${entry.key}\``, entry.keyRange, "json objects should not repeat a key; only the last value would be used");
      }
      map.set(entry.key, entry);
    }
    return map;
  }

  /** Reports a wrong JSON type. */
  wrongType(node: JsonNode, path: string, message: string): void {
    this.error(C.WRONG_TYPE, path, `${message}, found ${jsonTypeName(node)}`, node.range);
  }

  /**
   * Reads a string-or-array-of-strings element. Numbers and booleans are converted to strings
   * only when `coerce` is set (condition values). Returns undefined when unusable.
   */
  stringList(node: JsonNode, path: string, opts: { coerce?: boolean; element: string }): string[] | undefined {
    this.mark(path, node);
    const read = (n: JsonNode, p: string): string | undefined => {
      const text = n.kind === "string" ? n.value : opts.coerce ? scalarText(n) : undefined;
      if (text === undefined) this.wrongType(n, p, `\`${opts.element}\` values must be strings`);
      else this.mark(p, n);
      return text;
    };
    if (node.kind !== "array") {
      const one = read(node, path);
      return one === undefined ? undefined : [one];
    }
    if (node.items.length === 0) {
      this.warn(C.EMPTY_ARRAY, path, `\`${opts.element}\` is an empty array`, node.range);
    }
    const out: string[] = [];
    let ok = true;
    node.items.forEach((item, i) => {
      const v = read(item, `${path}[${i}]`);
      if (v === undefined) ok = false;
      else out.push(v);
    });
    return ok ? out : undefined;
  }
}

/** Appends an object key to a JSON path. */
export function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

/** Finds a known element name differing only in case, for "did you mean" help. */
export function caseHint(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const hit = known.find((k) => k.toLowerCase() === lower);
  return hit === undefined ? undefined : `did you mean \`${hit}\`? element names are case-sensitive`;
}
