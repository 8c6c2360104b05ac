import type { PrincipalMap, PrincipalSpec } from "../types";
import { DIAGNOSTIC_CODES as C } from "./codes";
import { ParseContext, caseHint, join } from "./context";
import type { JsonNode } from "./json-ast";

/** Principal types a `Principal` map may use. */
export const PRINCIPAL_TYPES = ["AWS", "Service", "Federated", "CanonicalUser"] as const;

/** Parses a `Principal` or `NotPrincipal` element; undefined when it is unusable. */
export function parsePrincipalSpec(
  node: JsonNode,
  path: string,
  element: string,
  ctx: ParseContext,
): PrincipalSpec | undefined {
  ctx.mark(path, node);
  if (node.kind === "string") {
    if (node.value === "*") return "*";
    ctx.error(C.WRONG_TYPE, path, `\`${element}\` must be \`"*"\` or an object such as \`{"AWS": ...}\`, found \`${node.value}\``, node.range);
    return undefined;
  }
  const members = ctx.members(node, path, `\`${element}\``);
  if (!members) return undefined;
  const spec: PrincipalMap = {};
  let ok = true;
  if (members.size === 0) {
    ctx.error(C.EMPTY_CONDITION, path, `\`${element}\` is an empty object`, node.range);
    return undefined;
  }
  for (const [key, entry] of members) {
    const p = join(path, key);
    const type = PRINCIPAL_TYPES.find((t) => t === key);
    if (type === undefined) {
      ctx.error(C.UNKNOWN_PRINCIPAL_TYPE, p, `unknown principal type \`${key}\``, entry.keyRange, caseHint(key, PRINCIPAL_TYPES) ?? "use `AWS`, `Service`, `Federated` or `CanonicalUser`");
      ok = false;
      continue;
    }
    const values = ctx.stringList(entry.value, p, { element: `${element}.${key}` });
    if (!values) {
      ok = false;
      continue;
    }
    values.forEach((v, i) => {
      if (v !== "*" && v.includes("*")) {
        const vp = entry.value.kind === "array" ? `${p}[${i}]` : p;
        ctx.error(C.INVALID_PRINCIPAL_WILDCARD, vp, `wildcards cannot match part of a principal, found \`${v}\``, ctx.sourceMap[vp], "use `\"*\"` with a condition such as `aws:PrincipalArn` instead");
        ok = false;
      }
    });
    spec[type] = values;
  }
  return ok ? spec : undefined;
}
