"use client";
import type { InputProps } from "./input-props";

/** Fill in: a text input, or a number input with its unit. */
export function FillInput({ question, draft, onChange, disabled }: InputProps) {
  const { view, position } = question;
  if (view.type !== "fill") return null;
  const id = `q${position}-fill`;
  const numeric = view.input === "number";
  return (
    <div className="mt-4">
      <label htmlFor={id} className="label">
        Your answer{numeric ? " (a number)" : ""}
      </label>
      <div className="flex max-w-md items-center gap-2">
        <input
          id={id}
          className="input"
          inputMode={numeric ? "decimal" : "text"}
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          value={(draft?.text as string | undefined) ?? ""}
          onChange={(e) => onChange({ text: e.target.value })}
          disabled={disabled}
        />
        {view.unit && <span className="muted text-sm">{view.unit}</span>}
      </div>
    </div>
  );
}
