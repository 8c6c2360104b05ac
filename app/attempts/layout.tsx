import "@/app/components/quiz/quiz.css";

/** Attempt pages share the quiz styles (rendered Markdown, code, the policy editor). */
export default function AttemptsLayout({ children }: { children: React.ReactNode }) {
  return children;
}
