import type { Diagnostic, ParseOptions, ParseResult, Policy, PolicyKind, Statement } from "../types";
import { DIAGNOSTIC_CODES as C } from "./codes";
import { ParseContext, caseHint, join } from "./context";
import { nodeFromValue, type JsonNode } from "./json-ast";
import { parseJsonText } from "./json-text";
import { parseStatement } from "./statement";

/** Top-level elements of a policy document. */
export const POLICY_ELEMENTS = ["Version", "Id", "Statement"] as const;

/** A statement the lenient parser could not use, with where it sits. */
export interface SkippedStatement {
  index: number;
  path: string;
}

/**
 * Result of the lenient parse the evaluator uses: usable statements are kept, statements with
 * errors are listed in `skipped`; `policy` is undefined only when the document itself is unusable.
 */
export interface LenientParse {
  policy?: Policy;
  skipped: SkippedStatement[];
  diagnostics: Diagnostic[];
}

/** Turns raw input (JSON text or an already-parsed value) into a node; never throws. */
export function toJsonNode(input: unknown, ctx: ParseContext): JsonNode | undefined {
  if (typeof input !== "string") return nodeFromValue(input);
  const parsed = parseJsonText(input);
  if (parsed.ok) return parsed.node;
  ctx.error(C.INVALID_JSON, "", `invalid json: ${parsed.error.message}`, parsed.error.range);
  return undefined;
}

/** Parses a policy keeping every usable statement (Cedar-style skip on error); never throws. */
export function parsePolicyLenient(input: unknown, opts: ParseOptions = {}): LenientParse {
  const ctx = new ParseContext();
  const node = toJsonNode(input, ctx);
  const skipped: SkippedStatement[] = [];
  if (!node) return { skipped, diagnostics: ctx.diagnostics };
  const policy = parseDocument(node, opts.kind, ctx, skipped);
  if (policy && Object.keys(ctx.sourceMap).length > 0) policy.sourceMap = ctx.sourceMap;
  return policy ? { policy, skipped, diagnostics: ctx.diagnostics } : { skipped, diagnostics: ctx.diagnostics };
}

/**
 * Parses and validates a policy document given as JSON text (with source ranges and duplicate-key
 * detection) or as an already-parsed value. `ok` is false when any error was found; warnings are
 * returned either way. Never throws.
 */
export function parsePolicy(input: unknown, opts: ParseOptions = {}): ParseResult {
  const lenient = parsePolicyLenient(input, opts);
  const hasError = lenient.diagnostics.some((d) => d.severity === "error");
  if (!lenient.policy || hasError) return { ok: false, diagnostics: lenient.diagnostics };
  return { ok: true, policy: lenient.policy, diagnostics: lenient.diagnostics };
}

function parseDocument(node: JsonNode, kind: PolicyKind | undefined, ctx: ParseContext, skipped: SkippedStatement[]): Policy | undefined {
  if (node.kind !== "object") {
    ctx.error(C.POLICY_NOT_OBJECT, "", `a policy must be a json object, found ${node.kind === "unsupported" ? node.typeName : node.kind}`, node.range);
    return undefined;
  }
  const m = ctx.members(node, "", "a policy");
  if (!m) return undefined;
  for (const [key, entry] of m) {
    if (!(POLICY_ELEMENTS as readonly string[]).includes(key)) {
      ctx.error(C.UNKNOWN_ELEMENT, key, `unknown policy element \`${key}\``, entry.keyRange, caseHint(key, POLICY_ELEMENTS) ?? "a policy has `Version`, `Id` and `Statement`");
    }
  }
  const policy: Policy = { version: "2008-10-17", versionPresent: false, statements: [] };
  if (kind !== undefined) policy.kind = kind;
  readVersion(m.get("Version")?.value, ctx, policy, node);
  const id = m.get("Id");
  if (id) {
    ctx.mark("Id", id.value);
    if (id.value.kind === "string") policy.id = id.value.value;
    else ctx.wrongType(id.value, "Id", "`Id` must be a string");
  }
  const st = m.get("Statement");
  if (!st) {
    ctx.error(C.MISSING_STATEMENT, "", "policy has no `Statement`", node.range);
    return undefined;
  }
  const statements = readStatements(st.value, kind, ctx, skipped);
  if (!statements) return undefined;
  policy.statements = statements;
  checkSids(statements, ctx);
  return policy;
}

function readVersion(v: JsonNode | undefined, ctx: ParseContext, policy: Policy, doc: JsonNode): void {
  if (!v) {
    ctx.warn(C.MISSING_VERSION, "Version", "policy has no `Version`; AWS treats it as `2008-10-17`, where policy variables are not replaced", doc.range, "add `\"Version\": \"2012-10-17\"`");
    return;
  }
  ctx.mark("Version", v);
  if (v.kind === "string" && (v.value === "2012-10-17" || v.value === "2008-10-17")) {
    policy.version = v.value;
    policy.versionPresent = true;
    return;
  }
  const shown = v.kind === "string" ? `\`${v.value}\`` : v.kind;
  ctx.error(C.INVALID_VERSION, "Version", `\`Version\` must be \`2012-10-17\` or \`2008-10-17\`, found ${shown}`, v.range, "the version is a fixed date naming the policy language, not your policy's revision");
}

function readStatements(node: JsonNode, kind: PolicyKind | undefined, ctx: ParseContext, skipped: SkippedStatement[]): Statement[] | undefined {
  ctx.mark("Statement", node);
  const out: Statement[] = [];
  if (node.kind === "object") {
    const s = parseStatement(node, 0, "Statement", kind, ctx);
    if (s) out.push(s);
    else skipped.push({ index: 0, path: "Statement" });
    return out;
  }
  if (node.kind !== "array") {
    ctx.wrongType(node, "Statement", "`Statement` must be an object or an array of objects");
    return undefined;
  }
  if (node.items.length === 0) ctx.warn(C.EMPTY_ARRAY, "Statement", "`Statement` is an empty array", node.range);
  node.items.forEach((item, i) => {
    const path = `Statement[${i}]`;
    const s = parseStatement(item, i, path, kind, ctx);
    if (s) out.push(s);
    else skipped.push({ index: i, path });
  });
  return out;
}

function checkSids(statements: Statement[], ctx: ParseContext): void {
  const seen = new Set<string>();
  for (const s of statements) {
    if (s.sid === undefined || s.sid === "") continue;
    if (seen.has(s.sid)) {
      const p = join(s.path, "Sid");
      ctx.warn(C.DUPLICATE_SID, p, `duplicate \`Sid\` \`${s.sid}\``, ctx.sourceMap[p], "statement ids must be unique within a policy");
    }
    seen.add(s.sid);
  }
}
