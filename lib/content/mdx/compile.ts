/**
 * Compiles a lesson body (MDX) to a function body for `run` from `@mdx-js/mdx`. No React import:
 * the caller supplies the JSX runtime and the components when it runs the code.
 */
import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { remarkLesson } from "./remark-lesson";

/** Compiles `body` to the `function-body` output format; throws naming `file` on bad input. */
export async function compileLessonBody(body: string, file = "lesson"): Promise<string> {
  try {
    const out = await compile(body, {
      outputFormat: "function-body",
      development: false,
      remarkPlugins: [remarkGfm, [remarkLesson, { file }]],
    });
    return String(out);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(message.startsWith(file) ? message : `${file}: ${message}`);
  }
}
