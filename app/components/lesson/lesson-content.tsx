import { run } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import { compileLessonBody } from "@/lib/content/mdx/compile";
import type { Lesson } from "@/lib/content/lessons";
import { lessonComponents } from "./mdx-components";

/** Renders a lesson's MDX body (compiled on the server, at build time for static pages). */
export async function LessonContent({ lesson }: { lesson: Lesson }) {
  const code = await compileLessonBody(lesson.body, lesson.file);
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return (
    <div className="lesson-body text-[1.0625rem] text-slate-800 dark:text-slate-200">
      <Content components={lessonComponents(lesson.frontmatter.slug)} />
    </div>
  );
}
