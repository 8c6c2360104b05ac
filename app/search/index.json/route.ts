import { loadGlossary } from "@/lib/content/glossary";
import { loadLessons } from "@/lib/content/lessons";
import { serializeSearchIndex } from "@/lib/content/search-index";

export const dynamic = "force-static";

/** The search index, built once at build time and served as a static JSON file. */
export function GET() {
  const root = process.cwd();
  const body = serializeSearchIndex(loadLessons(root), loadGlossary(root));
  return Response.json(body, { headers: { "cache-control": "public, max-age=3600" } });
}
