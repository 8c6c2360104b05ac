/**
 * Builds the lesson + glossary search index outside Next.js, to check it and see its size. The app
 * serves the same index from `app/search/index.json/route.ts` (generated at build time).
 *
 *   npx tsx scripts/build-search-index.ts [--out FILE]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadGlossary } from "../lib/content/glossary";
import { loadLessons } from "../lib/content/lessons";
import { serializeSearchIndex } from "../lib/content/search-index";

const root = path.resolve(import.meta.dirname, "..");
const outAt = process.argv.indexOf("--out");
const out = outAt > 0 ? process.argv[outAt + 1] : undefined;

const lessons = loadLessons(root);
const glossary = loadGlossary(root);
const json = JSON.stringify(serializeSearchIndex(lessons, glossary));
if (out) writeFileSync(out, json);
console.log(`search index: ${lessons.length} lessons, ${glossary.length} terms, ${(json.length / 1024).toFixed(1)} KiB${out ? ` → ${out}` : ""}`);
