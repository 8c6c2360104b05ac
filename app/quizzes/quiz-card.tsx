import Link from "next/link";
import type { QuizWithScores } from "@/lib/db/quizzes";

const pct = (r: number) => `${Math.round(r * 100)}%`;

/** What a quiz is: number of questions, time limit and pass mark. */
export function quizFacts(q: Pick<QuizWithScores, "config">): string {
  const parts = [`${q.config.count} questions`];
  if (q.config.timeLimitSeconds) parts.push(`${Math.round(q.config.timeLimitSeconds / 60)} minutes`);
  if (q.config.passMark !== undefined) parts.push(`pass mark ${pct(q.config.passMark)}`);
  return parts.join(" · ");
}

/** One quiz in the list with the user's best and last score. */
export function QuizCard({ quiz, headingLevel = 3 }: { quiz: QuizWithScores; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <li className="card flex flex-col gap-2">
      <Heading className="font-semibold">
        <Link href={`/quizzes/${quiz.id}`} className="hover:underline">
          {quiz.title}
        </Link>
      </Heading>
      <p className="muted text-xs">{quizFacts(quiz)}</p>
      <p className="mt-auto text-sm">
        {quiz.attempts === 0 ? (
          <span className="muted">Not taken yet</span>
        ) : (
          <>
            Best <strong className="tabular-nums">{pct(quiz.best ?? 0)}</strong> · last <span className="tabular-nums">{pct(quiz.last ?? 0)}</span>
            <span className="muted"> ({quiz.attempts} {quiz.attempts === 1 ? "attempt" : "attempts"})</span>
          </>
        )}
      </p>
    </li>
  );
}
