"use client";
import { useEffect } from "react";
import { RATINGS, type RatingName } from "@/lib/review";

const LABEL: Record<RatingName, { name: string; hint: string }> = {
  again: { name: "Again", hint: "I did not know it" },
  hard: { name: "Hard", hint: "I knew it with effort" },
  good: { name: "Good", hint: "I knew it" },
  easy: { name: "Easy", hint: "I knew it at once" },
};

interface Props {
  intervals: Record<RatingName, string>;
  suggested: RatingName;
  disabled: boolean;
  onRate: (rating: RatingName) => void;
}

/** Again / Hard / Good / Easy, each with the interval it would schedule; keys 1–4 work too. */
export function RatingButtons({ intervals, suggested, disabled, onRate }: Props) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (disabled || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const rating = RATINGS[Number(e.key) - 1];
      if (rating) {
        e.preventDefault();
        onRate(rating);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [disabled, onRate]);

  return (
    <div role="group" aria-labelledby="rate-heading" className="card space-y-3">
      <h3 id="rate-heading" className="font-semibold">
        How well did you know it?
      </h3>
      <p className="muted text-sm">
        The button shows when you would see this card again. Suggested: <strong>{LABEL[suggested].name}</strong>. Keys 1–4 work too.
      </p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {RATINGS.map((r, i) => (
          <button
            key={r}
            type="button"
            disabled={disabled}
            onClick={() => onRate(r)}
            aria-keyshortcuts={String(i + 1)}
            className={`${r === suggested ? "btn-primary" : "btn-secondary"} flex-col gap-0 py-2`}
          >
            <span>
              {LABEL[r].name} · {intervals[r]}
            </span>
            <span className={`text-xs font-normal ${r === suggested ? "opacity-90" : "muted"}`}>{LABEL[r].hint}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
