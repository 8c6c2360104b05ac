/**
 * Loads the glossary (content/glossary/*.yaml, `terms: [{id, term, definition}]`). Plain Node, like
 * the other content loaders; ids are unique across all files.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { formatContentError } from "./topics";

/** One glossary file. */
export const glossaryFileSchema = z
  .object({
    terms: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
          term: z.string().min(1),
          definition: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();

/** A glossary term. */
export type GlossaryTerm = z.infer<typeof glossaryFileSchema>["terms"][number];

/** Loads every glossary file under `root`; throws naming the file and path of every problem. */
export function loadGlossary(root: string): GlossaryTerm[] {
  const dir = path.join(root, "content", "glossary");
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const terms: GlossaryTerm[] = [];
  for (const name of names) {
    const file = path.posix.join("content", "glossary", name);
    const result = glossaryFileSchema.safeParse(parse(readFileSync(path.join(dir, name), "utf8")));
    if (!result.success) {
      errors.push(formatContentError(file, result.error));
      continue;
    }
    result.data.terms.forEach((t, i) => {
      const other = seen.get(t.id);
      if (other) errors.push(`${file}: terms.${i}.id: duplicate term \`${t.id}\` (also in ${other})`);
      seen.set(t.id, file);
      terms.push({ ...t, definition: t.definition.trim() });
    });
  }
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return terms;
}

/** The glossary as a map by id. */
export function glossaryById(terms: readonly GlossaryTerm[]): Map<string, GlossaryTerm> {
  return new Map(terms.map((t) => [t.id, t]));
}
