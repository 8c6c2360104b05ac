import type { TopicsFile } from "./topics";

/** How a quiz draws and times its questions (stored as Quiz.config). */
export type QuizConfig = {
  count: number;
  topics?: string[];
  /** Relative weights by topic id or exam domain; unseen questions are drawn first. */
  topicWeights?: Record<string, number>;
  domainWeights?: Record<string, number>;
  timeLimitSeconds?: number;
  passMark?: number;
};

export type QuizDefinition = { id: string; kind: "TOPIC" | "PRACTICE" | "EXAM"; title: string; topic?: string; config: QuizConfig };

/**
 * The quizzes every deployment has: one topic quiz per topic, a mixed practice quiz, and the
 * exam simulation (65 minutes for 40 questions, pass mark 72%, weighted towards evaluation and roles).
 */
export function QUIZ_DEFINITIONS(topics: TopicsFile): QuizDefinition[] {
  return [
    ...topics.topics.map((t) => ({
      id: `topic-${t.id}`,
      kind: "TOPIC" as const,
      title: t.title,
      topic: t.id,
      config: { count: 8, topics: [t.id], passMark: 0.7 },
    })),
    { id: "practice-mixed", kind: "PRACTICE", title: "Mixed practice", config: { count: 15, passMark: 0.7 } },
    {
      id: "exam-simulation",
      kind: "EXAM",
      title: "Exam simulation",
      config: {
        count: 40,
        timeLimitSeconds: 65 * 60,
        passMark: 0.72,
        topicWeights: { "evaluation-logic": 3, "roles-and-sts": 2, "conditions-and-variables": 2, "cross-account": 2, passrole: 2 },
      },
    },
    {
      id: "exam-short",
      kind: "EXAM",
      title: "Short exam (5 questions, 5 minutes)",
      config: { count: 5, timeLimitSeconds: 5 * 60, passMark: 0.6 },
    },
  ];
}
