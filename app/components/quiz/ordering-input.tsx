"use client";
import { useState } from "react";
import type { InputProps } from "./input-props";
import { plainText } from "./ticks";

/** Ordering: a list with keyboard-accessible "move up" / "move down" buttons and an announcement. */
export function OrderingInput({ question, draft, onChange, disabled }: InputProps) {
  const { view, textHtml } = question;
  const [announcement, setAnnouncement] = useState("");
  if (view.type !== "ordering") return null;
  const texts = new Map(view.items.map((i) => [i.id, i.text]));
  const order = (draft?.order as string[] | undefined) ?? view.items.map((i) => i.id);
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange({ order: next });
    setAnnouncement(`${plainText(texts.get(order[index]!) ?? "")} moved to position ${target + 1} of ${order.length}`);
  };
  return (
    <fieldset className="mt-4" disabled={disabled}>
      <legend className="mb-2 text-sm font-semibold">Put the items in order (first at the top)</legend>
      <ol className="space-y-2">
        {order.map((id, index) => {
          const label = plainText(texts.get(id) ?? id);
          return (
            <li key={id} className="flex items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-700">
              <span className="w-6 shrink-0 text-center font-mono text-sm text-slate-500" aria-hidden="true">
                {index + 1}
              </span>
              <span className="quiz-prose min-w-0 flex-1" dangerouslySetInnerHTML={{ __html: textHtml[id] ?? "" }} />
              <span className="flex shrink-0 gap-1">
                <button type="button" className="btn-secondary px-2 py-1" onClick={() => move(index, -1)} aria-disabled={index === 0} aria-label={`Move “${label}” up`}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" className="btn-secondary px-2 py-1" onClick={() => move(index, 1)} aria-disabled={index === order.length - 1} aria-label={`Move “${label}” down`}>
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
