import "@/app/components/quiz/quiz.css";

/** The review pages reuse the quiz's question components and their styles. */
export default function ReviewLayout({ children }: { children: React.ReactNode }) {
  return children;
}
