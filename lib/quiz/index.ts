/**
 * Public entry of lib/quiz: the question model (zod schemas of docs/question-format.md), templates,
 * computed keys, grading, the learner view and question selection. Pure: no I/O; files are loaded
 * by lib/content and passed in as parsed values.
 */
export * from "./schema";
/** Whole-bank checks (unique ids, known topics). */
export { validateBank, type BankEntry, type BankOptions } from "./bank";
/** Seeded randomness. */
export { mulberry32, hashString, mixSeed, shuffle, type Random } from "./random";
/** Templates: seeded params and `{{name}}` substitution. */
export { instantiate, drawParams, fillPlaceholders, substituteDeep, placeholderNames, randomAccountId, PLACEHOLDER, type Instance, type QuestionInstance } from "./params";
/** Scenario helpers: the spot picker's statements and write-question scenarios. */
export { listStatements, withLearnerPolicy, caseRequest, slotField, type StatementChoice } from "./scenario";
/** Computed keys of evaluator-backed questions. */
export { scenarioKey, predictKey, spotKey, runWrite, writePasses, type DecisionKey, type WriteCaseResult, type WriteRun, type WriteSpec } from "./keys";
/** Learner policy parsing and write constraints. */
export { parseLearnerPolicy, checkConstraints, toPolicyDiagnostic, type ConstraintName, type ConstraintResult, type LearnerParse, type PolicyDiagnostic } from "./write-check";
/** Responses, grading error codes and limits. */
export {
  responseSchemas,
  certaintySchema,
  GRADE_ERROR_CODES,
  MAX_POLICY_BYTES,
  MAX_FILL_LENGTH,
  utf8Length,
  type Certainty,
  type GradeError,
  type GradeErrorCode,
  type QuizResponse,
  type ResponseOf,
} from "./responses";
/** Grading. */
export { gradeAnswer } from "./grade";
/** Grade result and feedback types. */
export type { DecidingStatement, Feedback, GateSummary, GradedAnswer, GradeResult, OptionFeedback, VisibleCaseResult } from "./grade-types";
/** Gates of an evaluation worded for people. */
export { gateSummaries } from "./grade-lab";
/** Parses a number from a fill answer. */
export { readNumber } from "./grade-choice";
/** Certainty-based marking. */
export { certaintyScore } from "./certainty";
/** The learner's view of a question before answering. */
export { learnerView, type LearnerView, type VisibleCase } from "./view";
/** Drawing questions and aggregating results. */
export { drawQuestions, scoreByTopic, scoreByDomain, type DrawOptions, type GroupScore, type QuestionSummary, type ScoredResult } from "./select";
