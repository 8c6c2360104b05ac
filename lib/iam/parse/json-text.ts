import type { SourcePosition, SourceRange } from "../types";
import type { JsonEntry, JsonNode } from "./json-ast";

/** A JSON syntax error with its position. */
export interface JsonSyntaxError {
  message: string;
  range: SourceRange;
}

/** Result of `parseJsonText`. */
export type JsonTextResult = { ok: true; node: JsonNode } | { ok: false; error: JsonSyntaxError };

const MAX_DEPTH = 128;

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** Maps offsets to 1-based line/column positions. */
function makeLocator(text: string): (offset: number) => SourcePosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset };
  };
}

/**
 * Parses JSON text keeping every value's source range and every duplicate key (which
 * `JSON.parse` silently drops). Never throws.
 */
export function parseJsonText(text: string): JsonTextResult {
  const locate = makeLocator(text);
  const parser = new Parser(text, (s, e) => ({ start: locate(s), end: locate(e) }));
  try {
    const node = parser.parseDocument();
    return { ok: true, node };
  } catch (err) {
    if (err instanceof SyntaxFailure) {
      const end = Math.min(err.offset + 1, text.length);
      return { ok: false, error: { message: err.message, range: { start: locate(err.offset), end: locate(Math.max(end, err.offset)) } } };
    }
    throw err;
  }
}

function describeChar(text: string, i: number): string {
  return i >= text.length ? "end of input" : `\`${text.charAt(i)}\``;
}

class Parser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly span: (start: number, end: number) => SourceRange,
  ) {}

  parseDocument(): JsonNode {
    if (this.text.charCodeAt(0) === 0xfeff) this.i = 1;
    this.ws();
    const node = this.value(0);
    this.ws();
    if (this.i < this.text.length) this.fail(`unexpected ${describeChar(this.text, this.i)} after the JSON value`);
    return node;
  }

  private fail(message: string, at = this.i): never {
    throw new SyntaxFailure(message, at);
  }

  private ws(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail("json nested too deeply");
    const c = this.text.charAt(this.i);
    const start = this.i;
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') {
      const value = this.string();
      return { kind: "string", value, range: this.span(start, this.i) };
    }
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    for (const [word, node] of LITERALS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return { ...node, range: this.span(start, this.i) };
      }
    }
    return this.fail(`expected a json value but found ${describeChar(this.text, this.i)}`);
  }

  private object(depth: number): JsonNode {
    const start = this.i++;
    const entries: JsonEntry[] = [];
    this.ws();
    if (this.text.charAt(this.i) === "}") {
      this.i++;
      return { kind: "object", entries, range: this.span(start, this.i) };
    }
    for (;;) {
      this.ws();
      if (this.text.charAt(this.i) !== '"') this.fail(`expected a string key but found ${describeChar(this.text, this.i)}`);
      const keyStart = this.i;
      const key = this.string();
      const keyRange = this.span(keyStart, this.i);
      this.ws();
      if (this.text.charAt(this.i) !== ":") this.fail(`expected \`:\` but found ${describeChar(this.text, this.i)}`);
      this.i++;
      this.ws();
      entries.push({ key, keyRange, value: this.value(depth + 1) });
      this.ws();
      const c = this.text.charAt(this.i);
      this.i++;
      if (c === "}") return { kind: "object", entries, range: this.span(start, this.i) };
      if (c !== ",") this.fail(`expected \`,\` or \`}\` but found ${describeChar(this.text, this.i - 1)}`, this.i - 1);
    }
  }

  private array(depth: number): JsonNode {
    const start = this.i++;
    const items: JsonNode[] = [];
    this.ws();
    if (this.text.charAt(this.i) === "]") {
      this.i++;
      return { kind: "array", items, range: this.span(start, this.i) };
    }
    for (;;) {
      this.ws();
      items.push(this.value(depth + 1));
      this.ws();
      const c = this.text.charAt(this.i);
      this.i++;
      if (c === "]") return { kind: "array", items, range: this.span(start, this.i) };
      if (c !== ",") this.fail(`expected \`,\` or \`]\` but found ${describeChar(this.text, this.i - 1)}`, this.i - 1);
    }
  }

  private string(): string {
    const t = this.text;
    this.i++; // opening quote
    let out = "";
    let chunk = this.i;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 34) {
        out += t.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c < 0x20) this.fail("control character in string");
      if (c === 92) {
        out += t.slice(chunk, this.i);
        out += this.escape();
        chunk = this.i;
      } else this.i++;
    }
    return this.fail("unterminated string");
  }

  private escape(): string {
    const e = this.text.charAt(this.i + 1);
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      this.i += 2;
      return simple;
    }
    if (e === "u") {
      const hex = this.text.slice(this.i + 2, this.i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("invalid unicode escape");
      this.i += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return this.fail(`invalid escape \`\\${e}\``);
  }

  private number(): JsonNode {
    const start = this.i;
    const m = NUMBER.exec(this.text.slice(start, start + 400));
    if (!m || m[0] === "-") return this.fail("invalid number");
    this.i += m[0].length;
    return { kind: "number", value: Number(m[0]), raw: m[0], range: this.span(start, this.i) };
  }
}

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const LITERALS: [string, JsonNode][] = [
  ["true", { kind: "boolean", value: true }],
  ["false", { kind: "boolean", value: false }],
  ["null", { kind: "null" }],
];
