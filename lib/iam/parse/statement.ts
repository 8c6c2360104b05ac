import type { PolicyKind, Statement } from "../types";
import { DIAGNOSTIC_CODES as C } from "./codes";
import { parseConditionBlock } from "./condition";
import { ParseContext, caseHint, join } from "./context";
import type { JsonEntry, JsonNode } from "./json-ast";
import { parsePrincipalSpec } from "./principal";

/** Elements a statement may contain. */
export const STATEMENT_ELEMENTS = [
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition",
] as const;

const NO_PRINCIPAL_KINDS: ReadonlySet<PolicyKind> = new Set(["identity", "boundary", "session", "scp"]);
const NEEDS_PRINCIPAL_KINDS: ReadonlySet<PolicyKind> = new Set(["resource", "trust"]);
const NEEDS_RESOURCE_KINDS: ReadonlySet<PolicyKind> = new Set(["identity", "boundary", "session", "resource"]);

/**
 * Parses one statement. Returns undefined when the statement has an error (it is then skipped
 * by the evaluator); warnings do not prevent a result.
 */
export function parseStatement(
  node: JsonNode,
  index: number,
  path: string,
  kind: PolicyKind | undefined,
  ctx: ParseContext,
): Statement | undefined {
  ctx.mark(path, node);
  const before = ctx.errorCount;
  const m = ctx.members(node, path, "a statement");
  if (!m) return undefined;
  for (const [key, entry] of m) {
    if (!(STATEMENT_ELEMENTS as readonly string[]).includes(key)) {
      ctx.error(C.UNKNOWN_ELEMENT, join(path, key), `unknown statement element \`${key}\``, entry.keyRange, caseHint(key, STATEMENT_ELEMENTS));
    }
  }
  const stmt: Statement = { index, path, effect: "Allow", conditions: [] };
  if (node.range) stmt.range = node.range;
  readSid(m.get("Sid"), path, ctx, stmt);
  readEffect(m.get("Effect"), path, ctx, stmt);
  readPrincipals(m, path, kind, ctx, stmt);
  readPair(m, path, ctx, stmt, "Action", "NotAction");
  readPair(m, path, ctx, stmt, "Resource", "NotResource");
  checkResourceForKind(m, path, kind, ctx);
  const cond = m.get("Condition");
  if (cond) {
    const clauses = parseConditionBlock(cond.value, join(path, "Condition"), ctx);
    if (clauses) stmt.conditions = clauses;
  }
  validateElements(stmt, m, path, ctx);
  return ctx.errorCount === before ? stmt : undefined;
}

function readSid(entry: JsonEntry | undefined, path: string, ctx: ParseContext, stmt: Statement): void {
  if (!entry) return;
  const p = join(path, "Sid");
  ctx.mark(p, entry.value);
  if (entry.value.kind !== "string") ctx.wrongType(entry.value, p, "`Sid` must be a string");
  else stmt.sid = entry.value.value;
}

function readEffect(entry: JsonEntry | undefined, path: string, ctx: ParseContext, stmt: Statement): void {
  const p = join(path, "Effect");
  if (!entry) {
    ctx.error(C.MISSING_EFFECT, path, "statement has no `Effect`", ctx.sourceMap[path], "add `\"Effect\": \"Allow\"` or `\"Effect\": \"Deny\"`");
    return;
  }
  ctx.mark(p, entry.value);
  const v = entry.value;
  if (v.kind === "string" && (v.value === "Allow" || v.value === "Deny")) stmt.effect = v.value;
  else if (v.kind === "string") {
    ctx.error(C.INVALID_EFFECT, p, `\`Effect\` must be \`Allow\` or \`Deny\`, found \`${v.value}\``, v.range, caseHint(v.value, ["Allow", "Deny"]));
  } else ctx.wrongType(v, p, "`Effect` must be the string `Allow` or `Deny`");
}

function readPrincipals(
  m: Map<string, JsonEntry>,
  path: string,
  kind: PolicyKind | undefined,
  ctx: ParseContext,
  stmt: Statement,
): void {
  const pr = m.get("Principal");
  const np = m.get("NotPrincipal");
  if (pr && np) ctx.error(C.PRINCIPAL_AND_NOT_PRINCIPAL, path, "statement has both `Principal` and `NotPrincipal`", ctx.sourceMap[path]);
  for (const [name, entry] of [["Principal", pr], ["NotPrincipal", np]] as const) {
    if (!entry) continue;
    const p = join(path, name);
    if (kind !== undefined && NO_PRINCIPAL_KINDS.has(kind)) {
      ctx.error(C.PRINCIPAL_NOT_ALLOWED, p, `\`${name}\` is not allowed in a ${kind} policy`, entry.keyRange, "the principal is whoever the policy is attached to");
      continue;
    }
    const spec = parsePrincipalSpec(entry.value, p, name, ctx);
    if (spec === undefined) continue;
    if (name === "Principal") stmt.principal = spec;
    else stmt.notPrincipal = spec;
  }
  if (!pr && !np && kind !== undefined && NEEDS_PRINCIPAL_KINDS.has(kind)) {
    ctx.error(C.MISSING_PRINCIPAL, path, `statement in a ${kind} policy has no \`Principal\``, ctx.sourceMap[path]);
  }
  if (np && kind === "rcp") ctx.error(C.PRINCIPAL_NOT_ALLOWED, join(path, "NotPrincipal"), "`NotPrincipal` is not allowed in a rcp policy", np.keyRange);
}

function readPair(
  m: Map<string, JsonEntry>,
  path: string,
  ctx: ParseContext,
  stmt: Statement,
  name: "Action" | "Resource",
  notName: "NotAction" | "NotResource",
): void {
  const a = m.get(name);
  const n = m.get(notName);
  if (!a && !n && name === "Action") {
    ctx.error(C.MISSING_ACTION, path, "statement has neither `Action` nor `NotAction`", ctx.sourceMap[path]);
  }
  if (a && n) {
    const code = name === "Action" ? C.ACTION_AND_NOT_ACTION : C.RESOURCE_AND_NOT_RESOURCE;
    ctx.error(code, path, `statement has both \`${name}\` and \`${notName}\``, ctx.sourceMap[path]);
  }
  const key = name === "Action" ? "action" : "resource";
  const notKey = name === "Action" ? "notAction" : "notResource";
  if (a) {
    const values = ctx.stringList(a.value, join(path, name), { element: name });
    if (values) stmt[key] = values;
  }
  if (n) {
    const values = ctx.stringList(n.value, join(path, notName), { element: notName });
    if (values) stmt[notKey] = values;
  }
}

function checkResourceForKind(m: Map<string, JsonEntry>, path: string, kind: PolicyKind | undefined, ctx: ParseContext): void {
  const has = m.has("Resource") || m.has("NotResource");
  if (kind === "trust" && has) {
    ctx.warn(C.RESOURCE_IN_TRUST_POLICY, path, "a role trust policy does not take `Resource`; the resource is the role itself", ctx.sourceMap[path]);
  }
  if (!has && kind !== undefined && NEEDS_RESOURCE_KINDS.has(kind)) {
    ctx.error(C.MISSING_RESOURCE, path, "statement has neither `Resource` nor `NotResource`", ctx.sourceMap[path]);
  }
}

function validateElements(stmt: Statement, m: Map<string, JsonEntry>, path: string, ctx: ParseContext): void {
  for (const [list, name] of [[stmt.action, "Action"], [stmt.notAction, "NotAction"]] as const) {
    const isArray = m.get(name)?.value.kind === "array";
    list?.forEach((a, i) => {
      const p = isArray ? `${path}.${name}[${i}]` : `${path}.${name}`;
      if (a === "") ctx.error(C.EMPTY_STRING, p, `\`${name}\` contains an empty string`, ctx.sourceMap[p]);
      else if (a !== "*" && !/^[^:]+:[^:]*$/.test(a)) {
        ctx.error(C.INVALID_ACTION, p, `action \`${a}\` must be \`*\` or \`service:action\``, ctx.sourceMap[p], "prefix the action with its service, e.g. `s3:GetObject`");
      }
    });
  }
  if (stmt.notPrincipal && stmt.effect === "Allow") {
    ctx.warn(C.NOT_PRINCIPAL_WITH_ALLOW, join(path, "NotPrincipal"), "`NotPrincipal` with `\"Effect\": \"Allow\"` grants everyone else, including anonymous users", ctx.sourceMap[join(path, "NotPrincipal")]);
  }
}
