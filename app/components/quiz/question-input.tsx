"use client";
import { ChoiceInput, TrueFalseInput } from "./choice-input";
import { FillInput } from "./fill-input";
import type { InputProps } from "./input-props";
import { OrderingInput } from "./ordering-input";
import { PredictInput, SpotInput } from "./predict-input";
import type { Draft, RunnerQuestion } from "./types";
import { WriteInput } from "./write-input";

/** The answer controls of a question, by type. */
export function QuestionInput(props: InputProps) {
  switch (props.question.view.type) {
    case "single":
    case "multiple":
      return <ChoiceInput {...props} />;
    case "truefalse":
      return <TrueFalseInput {...props} />;
    case "ordering":
      return <OrderingInput {...props} />;
    case "fill":
      return <FillInput {...props} />;
    case "predict":
      return <PredictInput {...props} />;
    case "spot":
      return <SpotInput {...props} />;
    case "write":
      return <WriteInput {...props} />;
  }
}

/** The draft a question starts from: its saved response, else the shown order or the starter policy. */
export function initialDraft(question: RunnerQuestion, saved: unknown): Draft | undefined {
  if (saved !== null && typeof saved === "object") return saved as Draft;
  const { view } = question;
  if (view.type === "ordering") return { order: view.items.map((i) => i.id) };
  if (view.type === "write") return { policy: view.starter };
  return undefined;
}

/** Whether a draft is complete enough to save or check. */
export function isComplete(question: RunnerQuestion, draft: Draft | undefined): boolean {
  if (!draft) return false;
  switch (question.view.type) {
    case "single":
      return typeof draft.choice === "string";
    case "multiple":
      return Array.isArray(draft.choices) && draft.choices.length > 0;
    case "truefalse":
      return typeof draft.answer === "boolean";
    case "ordering":
      return Array.isArray(draft.order);
    case "fill":
      return typeof draft.text === "string" && draft.text.trim() !== "";
    case "predict":
      return typeof draft.decision === "string" && (!question.view.askStatement || draft.statement !== undefined);
    case "spot":
      return typeof draft.statement === "string";
    case "write":
      return typeof draft.policy === "string" && draft.policy.trim() !== "";
  }
}
