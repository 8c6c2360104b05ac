import type { Draft, RunnerQuestion } from "./types";

/** Props every question input takes: the question, the current draft response and its setter. */
export type InputProps = {
  question: RunnerQuestion;
  draft: Draft | undefined;
  onChange: (draft: Draft) => void;
  disabled: boolean;
  /** A message about the draft from the server (e.g. a policy that is not JSON). */
  error?: string | null;
};
