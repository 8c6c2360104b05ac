import "@/app/components/lesson/lesson.css";

/** Lesson pages share the lesson stylesheet (progress merging lives in the root layout). */
export default function LessonsLayout({ children }: { children: React.ReactNode }) {
  return children;
}
