/**
 * What the self-check island receives and gets back. Shared by server and client; holds no answer
 * keys: the learner view (lib/quiz `learnerView`) with its Markdown rendered to sanitized HTML.
 */

/** A question as the browser sees it before answering. */
export interface SelfCheckQuestion {
  id: string;
  type: "single" | "multiple" | "truefalse" | "ordering" | "fill" | "predict" | "spot" | "write";
  promptHtml: string;
  options?: { id: string; html: string }[];
  items?: { id: string; html: string }[];
  input?: "text" | "number";
  unit?: string;
  /** Highlighted scenario JSON (predict / spot). */
  scenarioHtml?: string;
  choices?: string[];
  statements?: { path: string; label: string }[];
  askStatement?: boolean;
}

/** One answer as the island sends it (shape checked on the server by lib/quiz's zod schemas). */
export type SelfCheckAnswer = Record<string, unknown>;

/** The server's verdict on one question. */
export interface SelfCheckResult {
  id: string;
  correct: boolean;
  score: number;
  /** Sanitized HTML: feedback on the answer given. */
  feedbackHtml: string;
  /** Sanitized HTML: why the key is right. */
  explanationHtml: string;
  source?: string;
  /** Set when the answer could not be graded (wrong shape). */
  error?: string;
}

/** The graded self-check. */
export interface SelfCheckOutcome {
  passed: boolean;
  results: SelfCheckResult[];
  /** True when the lesson was recorded as complete for the signed-in user. */
  saved: boolean;
}
