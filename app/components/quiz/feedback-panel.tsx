import { DECISION_NAMES } from "./decision-names";
import { DecidingList, TraceView } from "./trace-view";
import type { FeedbackView, RunnerQuestion } from "./types";
import { WriteFeedback } from "./write-feedback";

const Html = ({ html, className = "quiz-prose" }: { html: string; className?: string }) => <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;

function OptionsDetail({ question, fb }: { question: RunnerQuestion; fb: FeedbackView }) {
  const d = fb.detail;
  if (d.type !== "single" && d.type !== "multiple") return null;
  const chosen = d.type === "single" ? [d.chosen] : d.chosen;
  const missed = d.type === "multiple" ? d.missedIds : d.chosen.correct ? [] : d.correctIds;
  return (
    <div className="space-y-2 text-sm">
      <ul className="space-y-2">
        {chosen.map((o) => (
          <li key={o.id} className="flex gap-2">
            <span aria-hidden="true" className={o.correct ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}>{o.correct ? "✓" : "✗"}</span>
            <div className="min-w-0">
              <span className="sr-only">{o.correct ? "Right choice:" : "Wrong choice:"}</span>
              <Html html={fb.html[o.id]?.text ?? ""} className="quiz-prose font-medium" />
              <Html html={fb.html[o.id]?.feedback ?? ""} className="quiz-prose muted" />
            </div>
          </li>
        ))}
      </ul>
      {missed.length > 0 && (
        <div>
          <p className="font-semibold">{d.type === "single" ? "The correct answer" : "Correct answers you did not choose"}</p>
          <ul className="list-disc pl-5">
            {missed.map((id) => <li key={id} dangerouslySetInnerHTML={{ __html: question.textHtml[id] ?? id }} />)}
          </ul>
        </div>
      )}
    </div>
  );
}

function DecisionDetail({ fb, showTrace }: { fb: FeedbackView; showTrace: boolean }) {
  const d = fb.detail;
  if (d.type !== "predict" && d.type !== "spot") return null;
  return (
    <div className="space-y-2 text-sm">
      <p>
        AWS decides <strong>{DECISION_NAMES[d.decision]}</strong>
        {d.type === "predict" && <> (you said {DECISION_NAMES[d.chosen]})</>}.
        {d.type === "predict" && d.statementCorrect !== undefined && <> The statement you named is {d.statementCorrect ? "right" : "not the deciding one"}.</>}
      </p>
      {d.type === "spot" && <p>You picked <span className="font-mono text-xs break-all">{d.chosen}</span>.</p>}
      {fb.decisionExplanationHtml && <Html html={fb.decisionExplanationHtml} />}
      {showTrace ? <TraceView gates={d.gates} decidedBy={d.decidedBy} summary={d.summary} /> : d.type === "spot" && <DecidingList decidedBy={d.decidedBy} />}
    </div>
  );
}

function OtherDetail({ fb }: { fb: FeedbackView }) {
  const d = fb.detail;
  switch (d.type) {
    case "truefalse":
      return (
        <div className="text-sm">
          <p>The statement is <strong>{d.answer ? "true" : "false"}</strong>.</p>
          <Html html={fb.html.tf?.feedback ?? ""} />
        </div>
      );
    case "ordering":
      return (
        <div className="text-sm">
          <p>{d.positionsCorrect} of {d.correctOrder.length} in the right place. The right order:</p>
          <ol className="list-decimal pl-5">
            {d.correctOrder.map((i) => <li key={i.id} dangerouslySetInnerHTML={{ __html: fb.html[i.id]?.text ?? i.text }} />)}
          </ol>
        </div>
      );
    case "fill":
      return (
        <p className="text-sm">
          {d.numeric
            ? `Expected ${d.numeric.value}${d.numeric.tolerance ? ` (± ${d.numeric.tolerance})` : ""}${d.numeric.unit ? ` ${d.numeric.unit}` : ""}.`
            : `Accepted: ${(d.accepted ?? []).join(" · ")}`}
        </p>
      );
    case "write":
      return <WriteFeedback detail={d} />;
    default:
      return null;
  }
}

function verdict(fb: FeedbackView): { text: string; className: string } {
  if (fb.correct) return { text: "Correct", className: "text-emerald-700 dark:text-emerald-400" };
  if (fb.score > 0) return { text: `Partly right (${Math.round(fb.score * 100)}%)`, className: "text-amber-700 dark:text-amber-400" };
  return { text: "Not quite", className: "text-red-700 dark:text-red-400" };
}

/**
 * Feedback of a submitted answer: verdict, per-type detail, explanation and source. `showTrace`
 * adds the evaluator trace of predict and spot questions (write answers always show failing cases);
 * `title` replaces the verdict (e.g. "The right answer" for an unanswered question).
 */
export function FeedbackPanel(props: { question: RunnerQuestion; feedback: FeedbackView; showTrace: boolean; headingId?: string; title?: string | undefined }) {
  const { question, feedback, showTrace, headingId, title } = props;
  const v = title ? { text: title, className: "" } : verdict(feedback);
  return (
    <div className="mt-5 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-950/50">
      <h3 id={headingId} tabIndex={-1} className={`text-lg font-semibold ${v.className}`}>
        {v.text}
        {feedback.certaintyPoints !== null && <span className="ml-2 text-sm font-normal text-slate-700 dark:text-slate-300">({feedback.certaintyPoints > 0 ? "+" : ""}{feedback.certaintyPoints} certainty marks)</span>}
      </h3>
      <OptionsDetail question={question} fb={feedback} />
      <DecisionDetail fb={feedback} showTrace={showTrace} />
      <OtherDetail fb={feedback} />
      <div>
        <h4 className="mb-1 text-sm font-semibold">Explanation</h4>
        <Html html={feedback.explanationHtml} className="quiz-prose text-sm" />
        <p className="mt-2 text-xs">
          <a href={feedback.source} className="text-brand-700 underline dark:text-brand-300" rel="noopener noreferrer" target="_blank">
            Source: AWS documentation<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      </div>
    </div>
  );
}
