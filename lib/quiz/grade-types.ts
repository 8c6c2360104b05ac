/**
 * Result and feedback types of `gradeAnswer`, one feedback shape per question type.
 */
import type { Decision, Effect, GateName, GateOutcome, PolicySlot } from "@/lib/iam";
import type { GradeError, Certainty } from "./responses";
import type { ConstraintResult, PolicyDiagnostic } from "./write-check";

/** Fields every feedback has. */
interface FeedbackBase {
  /** The question's explanation (Markdown). */
  explanation: string;
  /** The AWS page the key comes from. */
  source: string;
}

/** An option as shown after answering. */
export interface OptionFeedback {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
  misconception?: string;
}

/** A deciding statement. */
export interface DecidingStatement {
  path: string;
  policyType: PolicySlot;
  effect: Effect;
  sid?: string;
}

/** One gate of the evaluation, worded for people. */
export interface GateSummary {
  gate: GateName;
  /** Plain name, e.g. `service control policies`. */
  name: string;
  outcome: GateOutcome;
  /** Plain-language reason. */
  why: string;
  level?: number;
}

/** Feedback of an evaluator-backed question whose key is a decision. */
interface DecisionFeedbackBase extends FeedbackBase {
  /** The evaluator's decision (the key). */
  decision: Decision;
  decidedBy: DecidingStatement[];
  gates: GateSummary[];
  /** lib/iam's plain-language explanation of the evaluation (`explainText`). */
  summary: string;
  /** The template's `explanationByDecision` entry for the computed decision. */
  decisionExplanation?: string;
}

/** A write case as reported after answering (visible cases only). */
export interface VisibleCaseResult {
  id: string;
  label: string;
  expect: "allow" | "deny";
  decision: Decision;
  passed: boolean;
  /** lib/iam's plain-language explanation of this case's evaluation. */
  explanation: string;
}

/** Feedback by question type. */
export type Feedback =
  | (FeedbackBase & { type: "single"; chosen: OptionFeedback; correctIds: string[] })
  | (FeedbackBase & { type: "multiple"; chosen: OptionFeedback[]; correctIds: string[]; missedIds: string[] })
  | (FeedbackBase & { type: "truefalse"; answer: boolean; chosen: boolean; feedback: string })
  | (FeedbackBase & { type: "ordering"; correctOrder: { id: string; text: string }[]; positionsCorrect: number })
  | (FeedbackBase & { type: "fill"; accepted?: string[]; numeric?: { value: number; tolerance: number; unit?: string } })
  | (DecisionFeedbackBase & { type: "predict"; chosen: Decision; chosenStatement?: string | null; statementCorrect?: boolean })
  | (DecisionFeedbackBase & { type: "spot"; chosen: string })
  | (FeedbackBase & {
      type: "write";
      /** Whether the policy parsed (a malformed policy fails every case). */
      parsed: boolean;
      /** Parser diagnostics with line and column (errors when it did not parse, else warnings). */
      diagnostics: PolicyDiagnostic[];
      constraints: ConstraintResult[];
      /** Visible cases with their decision and explanation. */
      cases: VisibleCaseResult[];
      /** Hidden cases are only counted. */
      hidden: { total: number; passed: number };
      passed: number;
      total: number;
    });

/** A graded answer. */
export interface GradedAnswer {
  /** Full marks. */
  correct: boolean;
  /** 0..1. */
  score: number;
  /** Certainty-based marks when the response gave a certainty. */
  certainty?: { level: Certainty; points: number };
  feedback: Feedback;
}

/** Result of `gradeAnswer`: graded, or an error naming what is wrong with the response. */
export type GradeResult = { ok: true; result: GradedAnswer } | { ok: false; error: GradeError };
