import { CodeBlock } from "@/app/components/quiz/code-block";
import { TYPE_NAMES } from "@/app/components/quiz/decision-names";
import { FeedbackPanel } from "@/app/components/quiz/feedback-panel";
import { ScenarioView } from "@/app/components/quiz/scenario-view";
import type { ReviewEntry } from "./review";

function status(entry: ReviewEntry): { text: string; className: string } {
  const { item } = entry;
  if (!item.answered) return { text: "Not answered", className: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200" };
  if (item.correct) return { text: "Correct", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" };
  if ((item.score ?? 0) > 0) return { text: `Partly right (${Math.round((item.score ?? 0) * 100)}%)`, className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" };
  return { text: "Wrong", className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" };
}

const seconds = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);

/** One question of the results review: prompt, the learner's answer, grading, explanation and trace. */
export function ReviewItem({ entry }: { entry: ReviewEntry }) {
  const { item, question, answer, feedback } = entry;
  const s = status(entry);
  const id = `review-${item.position}`;
  const view = question.view;
  return (
    <article aria-labelledby={id} className="card min-w-0 space-y-3">
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={id} className="text-lg font-semibold">Question {item.position + 1}</h3>
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${s.className}`}>{s.text}</span>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800">{TYPE_NAMES[view.type]}</span>
        {item.flagged && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">Flagged</span>}
        {item.timeSpentMs > 0 && <span className="muted text-xs">{seconds(item.timeSpentMs)}</span>}
      </header>
      <div className="quiz-prose" dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
      {(view.type === "predict" || view.type === "spot") && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold">The scenario</summary>
          <ScenarioView scenario={view.scenario} />
        </details>
      )}
      <div>
        <h4 className="text-sm font-semibold">Your answer</h4>
        {answer === null && <p className="muted text-sm">You did not answer this question.</p>}
        {answer && "code" in answer && (
          <CodeBlock label="Your policy" className="mt-1 max-h-80">
            {answer.code}
          </CodeBlock>
        )}
        {answer && "lines" in answer && (
          <ul className="mt-1 space-y-0.5 text-sm">
            {answer.lines.map((line, i) => <li key={i} className="quiz-prose" dangerouslySetInnerHTML={{ __html: line }} />)}
          </ul>
        )}
        {item.certainty !== null && <p className="muted mt-1 text-xs">Certainty: {["", "not sure", "fairly sure", "very sure"][item.certainty]}</p>}
      </div>
      {feedback && <FeedbackPanel question={question} feedback={feedback} showTrace title={answer === null ? "The right answer" : undefined} />}
      {entry.solution && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold">A model solution</summary>
          <CodeBlock label="Model solution" className="mt-1 max-h-80">
            {entry.solution}
          </CodeBlock>
        </details>
      )}
    </article>
  );
}
