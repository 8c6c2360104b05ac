"use client";
import { useEffect, useRef, useState } from "react";

/**
 * A run of static lesson prose (see `prose-tree.ts`). On the server it renders the nodes that
 * `LessonContent` registered under `id`; in the browser it keeps the server's HTML (React does not
 * look inside an element set with `dangerouslySetInnerHTML`, and an unchanged value is never
 * written). After a client-side navigation there is no server HTML: it then fetches the lesson's
 * page `src` and takes its prose from there; the `first` run of the lesson says so while it loads.
 */
export function StaticProse({ id, src, first = false }: { id: string; src: string; first?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState<string | null>("");

  useEffect(() => {
    if (!ref.current || ref.current.childNodes.length > 0) return;
    let live = true;
    setHtml(null);
    // Only after a client-side navigation, so the loader is fetched on demand. If the page cannot
    // be read, load it for real: the browser then shows the lesson or says why it cannot.
    import("./static-prose-loader")
      .then(({ loadProse }) => loadProse(src, id))
      .then(
        (h) => live && setHtml(h),
        () => live && window.location.assign(src),
      );
    return () => {
      live = false;
    };
  }, [id, src]);

  if (typeof window === "undefined") {
    // A require in a branch the browser build drops (`typeof window` is a build-time constant), so
    // the registry and the element builder stay out of the page's JavaScript.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { proseRegistry, toElements } = require("./prose-tree") as typeof import("./prose-tree");
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
      <div ref={ref} data-prose={id} className="contents" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html ?? "" }} />
      {first && html === null ? (
        <p role="status" className="muted my-6 animate-pulse">
          Loading the lesson text…
        </p>
      ) : null}
    </>
  );
}
