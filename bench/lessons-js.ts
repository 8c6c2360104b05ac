/**
 * `npm run bench:lessons` (part 1): the client JavaScript a lesson page loads on first load.
 *
 *   npm run build && npx tsx bench/lessons-js.ts [--slug identities] [--url http://127.0.0.1:3000] [--top 12]
 *
 * Reads the page's HTML (the prerendered `.next/server/app/lessons/<slug>.html`, which is what
 * `next start` serves for this static page byte for byte, or the live response with `--url`),
 * collects the chunks it loads on first load: `<script src>` (module scripts), script preloads,
 * and the client chunks named by the inline RSC payload (`self.__next_f`, whose client-reference
 * rows make the browser load their chunks during hydration). Each chunk is gzipped (level 6, as
 * the compressing proxy in front of the app, or `next start` with PRINCIPAL_COMPRESS=1, sends it)
 * and summed. `noModule` scripts (Next's legacy polyfills)
 * are listed but not counted: a browser that runs module scripts never downloads them. Chunks
 * reached only through `import()` (TryIt's engine, the search index…) are listed separately as
 * lazy and excluded. Each big chunk is split into its modules (Turbopack's `push([script, id, fn,
 * …])` format), named from the client-reference manifests or recognised by content.
 *
 * Target (issue): < 150 kB gzipped (1 kB = 1000 bytes), excluding TryIt's interaction chunks.
 * Prints PASS/FAIL; always exits 0 unless there is no build.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { parse as parseJs } from "acorn";

const TARGET_KB = 150;

type Args = { slug: string; url?: string; top: number; dir: string; quiet: boolean };

function parseArgs(argv: string[]): Args {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i === -1 ? undefined : argv[i + 1];
  };
  return {
    slug: get("slug") ?? "identities",
    url: get("url"),
    top: Number(get("top") ?? 12),
    dir: path.resolve(get("dir") ?? process.cwd()),
    quiet: argv.includes("--quiet"),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;
const br = (buf: Buffer | string) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

type Chunk = { file: string; raw: number; gzip: number; brotli: number; text: string; framework: boolean; via: string[] };
type Module = { ids: number[]; raw: number; gzip: number; name: string };

/** Client module ids → source paths, from every route's client-reference manifest. */
function clientModuleNames(next: string): Map<number, string> {
  const names = new Map<number, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith("_client-reference-manifest.js")) {
        for (const m of readFileSync(p, "utf8").matchAll(/"\[project\]\/([^"]+)":\{"id":(\d+)/g)) names.set(Number(m[2]), m[1]!.replace(/ \[.*$/, ""));
      }
    }
  };
  walk(path.join(next, "server", "app"));
  return names;
}

/** What a module is, from its text, for modules that are not client references. */
const SIGNATURES: [RegExp, string][] = [
  [/^\w+=>\{\w+\.v\(\w+=>Promise\.all\(/, "(import() loader)"],
  [/__reactContainer\$|__reactFiber\$|react-dom/, "react-dom"],
  [/createFromReadableStream|createFromFetch/, "react-server-dom (RSC client)"],
  [/Symbol\.for\("react\.transitional\.element"\)[\s\S]*\.useState=/, "react"],
  [/Symbol\.for\("react\.transitional\.element"\)/, "react (jsx runtime)"],
  [/next-router-state-tree|__next_f|NEXT_REDIRECT|next-action/, "next (app router)"],
  [/\bZodError\b|\$ZodType|_zod\b/, "zod  ⚠"],
  [/cm-editor|cm-content|@codemirror/, "codemirror  ⚠"],
  [/shiki|textmate|tmLanguage/i, "shiki  ⚠"],
  [/\bMiniSearch\b|minisearch/i, "minisearch"],
  [/pedantic[\s\S]{0,400}gfm|marked/, "marked  ⚠"],
  [/next-auth|authjs\./, "next-auth  ⚠"],
  [/StringEqualsIgnoreCase|ArnLike|ForAnyValue:/, "IAM evaluator / catalog (lib/iam)  ⚠"],
];

function describe(text: string): string {
  for (const [re, label] of SIGNATURES) if (re.test(text)) return label;
  const exports = [
    ...[...text.matchAll(/Object\.defineProperty\(\w+,"(\w+)"/g)].map((m) => m[1]),
    ...[...text.matchAll(/[{,](\w{3,}):function\(\)\{return /g)].map((m) => m[1]),
  ].filter((n) => n !== "__esModule");
  const esm = /e\.s\(\[((?:"[^"]*",\d+,[^\]]{0,40}?)+)/.exec(text)?.[1];
  const names = exports.length ? exports : [...(esm ?? "").matchAll(/"(\w+)",\d/g)].map((m) => m[1]);
  return names.length ? `exports ${names.slice(0, 4).join(", ")}${names.length > 4 ? "…" : ""}` : text.slice(0, 60).replace(/\s+/g, " ");
}

/** Splits a Turbopack chunk into its modules. */
function modulesOf(chunk: Chunk, names: Map<number, string>): Module[] {
  let ast;
  try {
    ast = parseJs(chunk.text, { ecmaVersion: "latest" });
  } catch {
    return [];
  }
  const out: Module[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as { type?: string; callee?: { type: string; property?: { name?: string } }; arguments?: { type: string; elements?: unknown[] }[] };
    if (n.type === "CallExpression" && n.callee?.type === "MemberExpression" && n.callee.property?.name === "push" && n.arguments?.[0]?.type === "ArrayExpression") {
      let ids: number[] = [];
      for (const el of (n.arguments[0].elements ?? []).slice(1) as { type: string; value?: unknown; start: number; end: number }[]) {
        if (el.type === "Literal" && typeof el.value === "number") ids.push(el.value);
        else if (/Function/.test(el.type)) {
          const code = chunk.text.slice(el.start, el.end);
          const known = ids.map((id) => names.get(id)).filter(Boolean);
          out.push({ ids, raw: code.length, gzip: gz(code), name: known.length ? known.join(" + ") : describe(code) });
          ids = [];
        }
      }
      return;
    }
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object") visit(v);
    }
  };
  visit(ast);
  return out.sort((a, b) => b.raw - a.raw);
}

/** The decoded inline RSC payload of a page (`self.__next_f.push([1, "…"])`). */
function inlineFlight(html: string): string {
  let flight = "";
  for (const m of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) {
    try {
      flight += JSON.parse(m[1]!) as string;
    } catch {
      // not JSON-compatible: skip
    }
  }
  return flight;
}

type Page = { label: string; html: string };

async function loadPage(args: Args, next: string, route: string, file: string): Promise<Page> {
  if (args.url) {
    const res = await fetch(new URL(route, args.url));
    if (!res.ok) throw new Error(`GET ${route}: ${res.status}`);
    return { label: route, html: await res.text() };
  }
  const p = path.join(next, "server", "app", file);
  if (!existsSync(p)) throw new Error(`${p} not found: is ${route} still static (○/●)? Run \`npm run build\` first, or pass --url.`);
  return { label: route, html: readFileSync(p, "utf8") };
}

type Analysis = { first: Chunk[]; legacy: Chunk[]; lazy: { from: string; chunks: Chunk[] }[] };

function analyse(page: Page, next: string, framework: Set<string>, names: Map<number, string>, cache: Map<string, Chunk>): Analysis {
  const load = (file: string, via: string): Chunk | undefined => {
    const rel = file.replace(/^\/?_next\//, "").replace(/^\//, "");
    const p = path.join(next, rel);
    if (!existsSync(p)) return undefined;
    let c = cache.get(rel);
    if (!c) {
      const buf = readFileSync(p);
      c = { file: rel, raw: buf.length, gzip: gz(buf), brotli: br(buf), text: buf.toString("utf8"), framework: framework.has(rel), via: [] };
      cache.set(rel, c);
    }
    if (!c.via.includes(via)) c.via.push(via);
    return c;
  };
  const first = new Map<string, Chunk>();
  const legacy = new Map<string, Chunk>();
  for (const m of page.html.matchAll(/<script\b([^>]*)\bsrc="([^"]+\.js)"([^>]*)>/g)) {
    const attrs = `${m[1]} ${m[3]}`;
    const c = load(m[2]!, "script");
    if (!c) continue;
    (/\bnomodule\b/i.test(attrs) ? legacy : first).set(c.file, c);
  }
  for (const m of page.html.matchAll(/<link\b[^>]*rel="(?:preload|modulepreload)"[^>]*>/g)) {
    const href = /href="([^"]+\.js)"/.exec(m[0])?.[1];
    const c = href && /as="script"|modulepreload/.test(m[0]) ? load(href, "preload") : undefined;
    if (c && !legacy.has(c.file)) first.set(c.file, c);
  }
  for (const m of inlineFlight(page.html).matchAll(/"(\/?(?:_next\/)?static\/chunks\/[\w.-]+\.js)"/g)) {
    const c = load(m[1]!, "rsc");
    if (c && !legacy.has(c.file)) first.set(c.file, c);
  }
  // import() loaders: `e.v(t=>Promise.all(["static/chunks/a.js", …].map(…)).then(()=>t(ID)))`,
  // reached from the module that calls `e.A(LOADER_ID)`; followed transitively.
  const lazy: { from: string; chunks: Chunk[] }[] = [];
  const seen = new Set(first.keys());
  const queue = [...first.values()];
  while (queue.length) {
    const chunk = queue.shift()!;
    for (const m of chunk.text.matchAll(/,(\d+),\w+=>\{\w+\.v\(\w+=>Promise\.all\(\[((?:"[^"]+",?)+)\]/g)) {
      const loaderId = m[1]!;
      const files = [...m[2]!.matchAll(/"([^"]+\.js)"/g)].map((f) => f[1]!).filter((f) => !seen.has(f.replace(/^\//, "")));
      if (!files.length) continue;
      const chunks = files.map((f) => load(f, "import()")).filter((c): c is Chunk => Boolean(c));
      chunks.forEach((c) => seen.add(c.file));
      lazy.push({ from: importerOf(loaderId, [...first.values(), ...lazy.flatMap((l) => l.chunks)], names), chunks });
      queue.push(...chunks);
    }
  }
  return { first: [...first.values()], legacy: [...legacy.values()], lazy };
}

/** The module that calls `e.A(loaderId)` (the `import()` site). */
function importerOf(loaderId: string, chunks: Chunk[], names: Map<number, string>): string {
  const re = new RegExp(`\\.A\\(${loaderId}\\)`);
  for (const c of chunks) {
    if (!re.test(c.text)) continue;
    let ast;
    try {
      ast = parseJs(c.text, { ecmaVersion: "latest" });
    } catch {
      return c.file;
    }
    let found = c.file;
    const visit = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      const n = node as { type?: string; callee?: { type: string; property?: { name?: string } }; arguments?: { type: string; elements?: unknown[] }[] };
      if (n.type === "CallExpression" && n.callee?.type === "MemberExpression" && n.callee.property?.name === "push" && n.arguments?.[0]?.type === "ArrayExpression") {
        let ids: number[] = [];
        for (const el of (n.arguments[0].elements ?? []).slice(1) as { type: string; value?: unknown; start: number; end: number }[]) {
          if (el.type === "Literal" && typeof el.value === "number") ids.push(el.value);
          else {
            const code = c.text.slice(el.start, el.end);
            if (re.test(code)) found = ids.map((id) => names.get(id)).filter(Boolean).join(" + ") || describe(code);
            ids = [];
          }
        }
        return;
      }
      for (const v of Object.values(node)) {
        if (Array.isArray(v)) v.forEach(visit);
        else if (v && typeof v === "object") visit(v);
      }
    };
    visit(ast);
    return found;
  }
  return "?";
}

const sum = (chunks: Chunk[], key: "raw" | "gzip" | "brotli") => chunks.reduce((a, c) => a + c[key], 0);

function report(page: Page, a: Analysis, names: Map<number, string>, args: Args, detailed: boolean): number {
  const total = sum(a.first, "gzip");
  const fw = a.first.filter((c) => c.framework);
  console.log(`\n${page.label}: ${a.first.length} chunks on first load, ${kB(total)} gzip (${kB(sum(a.first, "brotli"))} brotli, ${kB(sum(a.first, "raw"))} raw)`);
  console.log(`  framework (Next/React root main files): ${kB(sum(fw, "gzip"))} · app and route chunks: ${kB(total - sum(fw, "gzip"))}`);
  if (a.legacy.length) console.log(`  not counted: noModule legacy polyfills ${a.legacy.map((c) => c.file).join(", ")} ${kB(sum(a.legacy, "gzip"))} (only browsers without ES modules load them)`);
  if (!detailed) return total;
  console.log(`\n  ${"chunk".padEnd(42)} ${"gzip".padStart(9)} ${"raw".padStart(9)}  via        contents (biggest modules, gzip alone)`);
  for (const c of [...a.first].sort((x, y) => y.gzip - x.gzip).slice(0, args.top)) {
    const mods = modulesOf(c, names);
    const top = mods.slice(0, c.framework ? 3 : 6).map((m) => `${m.name} ${kB(m.gzip)}`);
    console.log(`  ${c.file.padEnd(42)} ${kB(c.gzip).padStart(9)} ${kB(c.raw).padStart(9)}  ${(c.framework ? "main" : c.via.join("+")).padEnd(10)} ${mods.length} modules: ${top.join("; ")}`);
  }
  const ours = a.first.flatMap((c) => modulesOf(c, names)).filter((m) => /^(app|lib)\//.test(m.name));
  if (ours.length) {
    console.log(`\n  our modules on first load (${kB(ours.reduce((s, m) => s + m.gzip, 0))} gzip, each compressed alone):`);
    for (const m of ours.sort((x, y) => y.gzip - x.gzip).slice(0, args.top)) console.log(`    ${kB(m.gzip).padStart(8)}  ${m.name}`);
  }
  const flagged = a.first.flatMap((c) => modulesOf(c, names).filter((m) => m.name.includes("⚠")).map((m) => `${m.name} in ${c.file} (${kB(m.gzip)})`));
  console.log(flagged.length ? `\n  heavy libraries on first load:\n    ${flagged.join("\n    ")}` : `\n  no zod, marked, shiki, CodeMirror, next-auth or lib/iam evaluator code on first load`);
  if (a.lazy.length) {
    console.log(`\n  lazy (import() on interaction, excluded):`);
    for (const l of a.lazy) console.log(`    ${kB(sum(l.chunks, "gzip")).padStart(8)}  from ${l.from}: ${l.chunks.map((c) => `${c.file} [${modulesOf(c, names).slice(0, 3).map((m) => m.name).join("; ")}]`).join(", ")}`);
  }
  return total;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const next = path.join(args.dir, ".next");
  if (!existsSync(path.join(next, "BUILD_ID"))) throw new Error(`no build in ${next}: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const framework = new Set(manifest.rootMainFiles ?? []);
  const names = clientModuleNames(next);
  const cache = new Map<string, Chunk>();
  console.log(`Lesson page client JavaScript (build ${readFileSync(path.join(next, "BUILD_ID"), "utf8").trim()}, ${args.url ? `served by ${args.url}` : "prerendered HTML in .next"})`);

  const lesson = await loadPage(args, next, `/lessons/${args.slug}`, `lessons/${args.slug}.html`);
  const la = analyse(lesson, next, framework, names, cache);
  const total = report(lesson, la, names, args, true);
  for (const [route, file] of [["/lessons", "lessons.html"], ["/", "index.html"]] as const) {
    try {
      report(await loadPage(args, next, route, file), analyse(await loadPage(args, next, route, file), next, framework, names, cache), names, args, false);
    } catch (e) {
      console.log(`\n${route}: ${(e as Error).message}`);
    }
  }
  const verdict = total < TARGET_KB * 1000 ? "PASS" : "FAIL";
  console.log(`\n${verdict}: /lessons/${args.slug} first-load JS ${kB(total)} gzip (target < ${TARGET_KB} kB, TryIt's import() chunks excluded${la.legacy.length ? `; with the noModule polyfills it would be ${kB(total + sum(la.legacy, "gzip"))}` : ""})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
