"use client";
import { useEffect, useRef, useState } from "react";
import { proseRegistry, toElements } from "./prose-tree";

const pages = new Map<string, Promise<Document>>();

/** The prose `id` as the server wrote it into the HTML of `src` (fetched once per page URL). */
async function loadProse(src: string, id: string): Promise<string> {
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

/**
 * A run of static lesson prose (see `prose-tree.ts`). On the server it renders the nodes that
 * `LessonContent` registered under `id`; in the browser it keeps the server's HTML (React does not
 * look inside an element set with `dangerouslySetInnerHTML`, and an unchanged value is never
 * written). After a client-side navigation there is no server HTML: it then fetches the lesson's
 * page `src` and takes its prose from there; the `first` run of the lesson says so while it loads.
 */
export function StaticProse({ id, src, first = false }: { id: string; src: string; first?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState("");
  const [state, setState] = useState<"ready" | "loading" | "failed">("ready");

  useEffect(() => {
    if (!ref.current || ref.current.childNodes.length > 0) return;
    let live = true;
    setState("loading");
    loadProse(src, id).then(
      (h) => {
        if (!live) return;
        setHtml(h);
        setState("ready");
      },
      () => live && setState("failed"),
    );
    return () => {
      live = false;
    };
  }, [id, src]);

  if (typeof window === "undefined") {
    const nodes = proseRegistry().get(id);
    if (!nodes) throw new Error(`lesson prose ${id} was not registered before its HTML was rendered`);
    return (
      <div data-prose={id} className="contents">
        {toElements(nodes)}
      </div>
    );
  }
  return (
    <>
      <div ref={ref} data-prose={id} className="contents" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />
      {!first ? null : state === "loading" ? (
        <p role="status" className="muted my-6 animate-pulse">
          Loading the lesson text…
        </p>
      ) : state === "failed" ? (
        <p role="alert" className="my-6">
          The lesson text did not load. <a className="lx-a" href={src}>Reload the page</a>
        </p>
      ) : null}
    </>
  );
}
