import "@/app/components/quiz/quiz.css";

/** Instructor pages share the quiz styles (rendered Markdown). */
export default function InstructorLayout({ children }: { children: React.ReactNode }) {
  return children;
}
