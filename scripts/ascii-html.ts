/**
 * Build step (after `next build`, part of `npm run build`): rewrites every prerendered page in
 * `.next/server/app/**.html` to ASCII with `asciiHtml` (lib/content/ascii-html.ts explains why:
 * a page with a character above U+00FF is sent on a slow path, at half the rate).
 *
 *   npx tsx scripts/ascii-html.ts [--dir .next/server/app]
 *
 * Meaning is unchanged: the browser decodes the references and escapes back to the same text, and
 * the inline React Server Components payload decodes to the same string. Prints what it changed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { asciiHtml } from "../lib/content/ascii-html";

const i = process.argv.indexOf("--dir");
const dir = path.resolve(i === -1 ? path.join(".next", "server", "app") : (process.argv[i + 1] ?? ""));

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

let pages = 0;
let changed = 0;
let grew = 0;
for (const file of htmlFiles(dir)) {
  pages++;
  const html = readFileSync(file, "utf8");
  const ascii = asciiHtml(html);
  if (ascii === html) continue;
  writeFileSync(file, ascii);
  changed++;
  grew += Buffer.byteLength(ascii) - Buffer.byteLength(html);
}
console.log(`ascii-html: ${changed} of ${pages} prerendered pages rewritten to ASCII (+${(grew / 1000).toFixed(1)} kB in all) in ${path.relative(process.cwd(), dir)}`);
