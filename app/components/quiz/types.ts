/**
 * What the quiz pages send to the browser. Before an answer is submitted only the learner view
 * (lib/quiz `learnerView`) and rendered prompt text leave the server; `FeedbackView` exists only
 * for submitted answers (practice mode) and on the results page.
 */
import type { StoredFeedback } from "@/lib/db/quiz-types";
import type { LearnerView } from "@/lib/quiz";

/** One question of an attempt, ready to render. */
export type RunnerQuestion = {
  position: number;
  questionId: string;
  version: number;
  view: LearnerView;
  /** Sanitized HTML of the prompt. */
  promptHtml: string;
  /** Sanitized inline HTML of option or ordering item texts, by id. */
  textHtml: Record<string, string>;
};

/** Grading of a submitted answer, with its Markdown already rendered to sanitized HTML. */
export type FeedbackView = {
  correct: boolean;
  /** 0..1. */
  score: number;
  certaintyPoints: number | null;
  explanationHtml: string;
  decisionExplanationHtml: string | null;
  source: string;
  /** Option texts and per-option feedback (single, multiple) or the true/false feedback (`tf`). */
  html: Record<string, { text: string; feedback: string }>;
  detail: StoredFeedback;
};

/** The saved state of one answer. */
export type SavedAnswer = {
  response: unknown;
  certainty: number | null;
  flagged: boolean;
  answered: boolean;
  /** Practice mode only. */
  feedback: FeedbackView | null;
};

/** The attempt as the runner needs it. */
export type RunnerMeta = {
  id: string;
  quizTitle: string;
  mode: "PRACTICE" | "EXAM";
  certainty: boolean;
  /** ISO time, or null for untimed attempts. */
  deadlineAt: string | null;
  /** The server's idea of now (ISO), to correct the browser's clock. */
  serverNow: string;
  passMark: number | null;
};

/** A response as the question components edit it (the shape `gradeAnswer` expects, per type). */
export type Draft = Record<string, unknown>;
