/**
 * Parses the info string of a fenced code block: ```json policy kind=trust title="A b" expectLint=CODE
 * The first bare word after the language is the block kind (`policy`, `tryit`, `flow`).
 */

/** Kinds of live blocks a lesson can hold. */
export const BLOCK_KINDS = ["policy", "tryit", "flow"] as const;
/** A live block kind. */
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** The parsed parts of an info string (`lang` + `meta`). */
export interface InfoString {
  lang: string;
  /** `policy` | `tryit` | `flow`, or undefined for a plain code block. */
  kind?: BlockKind;
  /** `key=value` attributes (quotes removed). */
  attributes: Record<string, string>;
  /** Bare words other than the kind (unknown words are reported by tests). */
  words: string[];
}

const TOKEN = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))|(\S+)/g;

/** Splits `meta` into bare words and `key=value` attributes. */
export function parseInfoString(lang: string | null | undefined, meta: string | null | undefined): InfoString {
  const attributes: Record<string, string> = {};
  const words: string[] = [];
  let kind: BlockKind | undefined;
  for (const m of (meta ?? "").matchAll(TOKEN)) {
    if (m[1]) attributes[m[1]] = m[2] ?? m[3] ?? m[4] ?? "";
    else if (m[5]) {
      if (!kind && (BLOCK_KINDS as readonly string[]).includes(m[5])) kind = m[5] as BlockKind;
      else words.push(m[5]);
    }
  }
  return { lang: lang ?? "", kind, attributes, words };
}
