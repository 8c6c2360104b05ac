import type { ContextValue } from "../types";

/**
 * Case-insensitive view of the request context.
 * INVARIANT: built once per request; keys are compared lower-cased (AWS context keys are
 * case-insensitive, including the tag-key part of `aws:PrincipalTag/...`).
 */
export class ContextView {
  private readonly map = new Map<string, string[]>();
  private readonly singles = new Map<string, string>();

  constructor(context: Readonly<Record<string, ContextValue>>) {
    for (const key of Object.keys(context)) {
      const v = context[key];
      const lower = key.toLowerCase();
      if (typeof v === "string") {
        this.map.set(lower, [v]);
        this.singles.set(lower, v);
      } else if (Array.isArray(v)) this.map.set(lower, v);
    }
  }

  /** All values of a key (a single value becomes a one-element array), or undefined if absent. */
  values(lowerKey: string): string[] | undefined {
    return this.map.get(lowerKey);
  }

  /** The value of a single-valued key; multivalued keys return undefined (not usable as variables). */
  single(lowerKey: string): string | undefined {
    return this.singles.get(lowerKey);
  }

  /** Whether the key is present and single-valued-or-multivalued. */
  has(lowerKey: string): boolean {
    return this.map.has(lowerKey);
  }

  /** Whether the key was given as an array (multivalued). */
  isMultivalued(lowerKey: string): boolean {
    return this.map.has(lowerKey) && !this.singles.has(lowerKey);
  }
}
