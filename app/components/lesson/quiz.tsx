import { splitIds } from "@/lib/content/lessons";
import { buildSelfCheck } from "@/app/lessons/self-check";
import { SelfCheck } from "./self-check";

/** `<Quiz ids="a,b,c">`: the lesson's self-check (learner views only; graded on the server). */
export async function Quiz({ ids, lessonSlug }: { ids: string; lessonSlug: string }) {
  const questions = await buildSelfCheck(lessonSlug, splitIds(ids));
  return <SelfCheck lessonSlug={lessonSlug} questions={questions} />;
}
