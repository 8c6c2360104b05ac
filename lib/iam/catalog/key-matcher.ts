import type { ConditionKeyType } from "./types";

const VARIABLE = /\$\{[^}]*\}|<[^>]*>/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Whether a catalog key spelling holds a variable part (`${TagKey}`, `<key>`, `/tag-key`). */
export function isKeyTemplate(key: string): boolean {
  return VARIABLE.test(key) || /\/tag-key$/i.test(key);
}

/**
 * Turns a catalog condition-key spelling into a case-insensitive regular expression: `${Var}`,
 * `<var>` and a trailing `/tag-key` (the global keys' spelling) match one or more characters.
 */
export function keyTemplateToRegExp(template: string): RegExp {
  const source = template
    .replace(/\/tag-key$/i, "/${TagKey}")
    .split(/(\$\{[^}]*\}|<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? ".+" : escapeRegExp(part)))
    .join("");
  return new RegExp(`^${source}$`, "i");
}

/** Turns an IAM wildcard pattern (`*`, `?`) into a case-insensitive regular expression. */
export function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split("")
    .map((ch) => (ch === "*" ? ".*" : ch === "?" ? "." : escapeRegExp(ch)))
    .join("");
  return new RegExp(`^${source}$`, "i");
}

interface KeyEntry {
  key: string;
  type: ConditionKeyType | undefined;
}

/** A set of condition-key spellings that answers "does this concrete key match one of them". */
export class KeyMatcher {
  private readonly exact = new Map<string, KeyEntry>();
  private readonly templates: { re: RegExp; entry: KeyEntry }[] = [];

  /** Adds a key spelling with its type (when known). */
  add(key: string, type?: ConditionKeyType): void {
    const entry = { key, type };
    if (isKeyTemplate(key)) this.templates.push({ re: keyTemplateToRegExp(key), entry });
    // INVARIANT: a template is also stored verbatim so that `${TagKey}` spellings look themselves up.
    if (!this.exact.has(key.toLowerCase())) this.exact.set(key.toLowerCase(), entry);
  }

  /** Finds the entry a concrete key matches, exact spellings first. */
  find(key: string): KeyEntry | undefined {
    const hit = this.exact.get(key.toLowerCase());
    if (hit) return hit;
    return this.templates.find((t) => t.re.test(key))?.entry;
  }

  /** Whether a concrete key matches one of the spellings. */
  has(key: string): boolean {
    return this.find(key) !== undefined;
  }
}
