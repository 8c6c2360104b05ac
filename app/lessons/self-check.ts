import "server-only";
import { highlightToHtml } from "@/lib/content/mdx/highlight";
import { instantiate, hashString, learnerView, mixSeed, shuffle, type QuestionInstance } from "@/lib/quiz";
import { inlineMarkdownToHtml, markdownToHtml } from "@/app/components/lesson/markdown";
import { compactShiki } from "@/app/components/lesson/compact-shiki";
import type { SelfCheckQuestion } from "@/app/components/lesson/self-check-types";
import { getQuestion } from "./lesson-data";

/** The seed of a lesson's self-check: fixed per lesson, so the server can re-create each instance. */
export function selfCheckSeed(lessonSlug: string): number {
  return hashString(`self-check:${lessonSlug}`);
}

/** The instantiated question, or undefined for an unknown id. */
export function selfCheckInstance(lessonSlug: string, id: string): QuestionInstance | undefined {
  const q = getQuestion(id);
  return q ? instantiate(q, selfCheckSeed(lessonSlug)) : undefined;
}

/** The learner views of a lesson's self-check questions, Markdown rendered (no keys, no feedback). */
export async function buildSelfCheck(lessonSlug: string, ids: readonly string[]): Promise<SelfCheckQuestion[]> {
  const seed = selfCheckSeed(lessonSlug);
  return Promise.all(
    ids.map(async (id) => {
      const instance = selfCheckInstance(lessonSlug, id);
      if (!instance) throw new Error(`self-check: unknown question \`${id}\``);
      const view = learnerView(instance, seed);
      const out: SelfCheckQuestion = { id: view.id, type: view.type, promptHtml: markdownToHtml(view.prompt) };
      if (view.type === "single" || view.type === "multiple") {
        out.options = shuffle(view.options, mixSeed(seed, view.id)).map((o) => ({ id: o.id, html: inlineMarkdownToHtml(o.text) }));
      } else if (view.type === "ordering") {
        out.items = view.items.map((o) => ({ id: o.id, html: inlineMarkdownToHtml(o.text) }));
      } else if (view.type === "fill") {
        out.input = view.input;
        if (view.unit) out.unit = view.unit;
      } else if (view.type === "predict" || view.type === "spot") {
        out.scenarioHtml = compactShiki(await highlightToHtml(JSON.stringify(view.scenario, null, 2), "json"));
        if (view.type === "predict") {
          out.choices = [...view.choices];
          out.askStatement = view.askStatement;
        }
        const statements = view.statements;
        if (statements) out.statements = statements.map((s) => ({ path: s.path, label: s.label }));
      }
      return out;
    }),
  );
}
