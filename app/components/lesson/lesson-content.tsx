import { run } from "@mdx-js/mdx";
import { Fragment, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { compileLessonBody } from "@/lib/content/mdx/compile";
import type { Lesson } from "@/lib/content/lessons";
import { lessonComponents } from "./mdx-components";
import { ProseEnhancer } from "./prose-enhancer";
import { resolveStatic } from "./prose-resolve";
import { proseRegistry, type ProseNode } from "./prose-tree";
import { StaticProse } from "./static-prose";

type Part = { kind: "prose"; nodes: ProseNode[] } | { kind: "live"; node: ReactNode };

/** The top-level blocks of a rendered MDX body (its root is a fragment). */
function topLevel(root: unknown): unknown[] {
  const children = (root as { props?: { children?: unknown } } | null)?.props?.children;
  return Array.isArray(children) ? children : [children];
}

/**
 * Renders a lesson's MDX body (compiled on the server, at build time for static pages).
 *
 * Runs of top-level blocks without client components (prose, headings, callouts, policies, code,
 * flowcharts) become static HTML sent once (`StaticProse`, see `prose-tree.ts`); blocks that hold
 * an island (`<TryIt>`, the self-check) render through React as usual.
 */
export async function LessonContent({ lesson }: { lesson: Lesson }) {
  const slug = lesson.frontmatter.slug;
  const code = await compileLessonBody(lesson.body, lesson.file);
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  const parts: Part[] = [];
  for (const block of topLevel(Content({ components: lessonComponents(slug) }))) {
    const nodes = await resolveStatic(block);
    const last = parts.at(-1);
    if (!nodes) parts.push({ kind: "live", node: block as ReactNode });
    else if (last?.kind === "prose") last.nodes.push(...nodes);
    else parts.push({ kind: "prose", nodes });
  }
  const registry = proseRegistry();
  let firstProse = true;
  return (
    <div className="lesson-body text-[1.0625rem] text-slate-800 dark:text-slate-200">
      {parts.map((part, i) => {
        if (part.kind === "live") return <Fragment key={i}>{part.node}</Fragment>;
        const id = `${slug}:${i}`;
        registry.set(id, part.nodes);
        const first = firstProse;
        firstProse = false;
        return <StaticProse key={id} id={id} src={`/lessons/${slug}`} first={first} />;
      })}
      <ProseEnhancer />
    </div>
  );
}
