/** The prose of a lesson page for `StaticProse` after a client-side navigation (loaded with `import()`). */

const pages = new Map<string, Promise<Document>>();

/** The prose `id` as the server wrote it into the HTML of `src` (fetched once per page URL). */
export async function loadProse(src: string, id: string): Promise<string> {
  let page = pages.get(src);
  if (!page) {
    page = fetch(src, { credentials: "same-origin" }).then(async (res) => {
      if (!res.ok) throw new Error(`${src}: HTTP ${res.status}`);
      return new DOMParser().parseFromString(await res.text(), "text/html");
    });
    pages.set(src, page);
    page.catch(() => pages.delete(src));
  }
  const el = (await page).querySelector(`[data-prose="${CSS.escape(id)}"]`);
  if (!el) throw new Error(`${src}: no prose ${id}`);
  return el.innerHTML;
}
