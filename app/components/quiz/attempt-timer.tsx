"use client";
import { useEffect, useRef, useState } from "react";

const format = (ms: number): string => {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, "0");
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
};

const WARNINGS = [300, 60, 30];

/**
 * Countdown to the attempt's deadline, corrected by the server's clock (`serverNow`). Calls
 * `onExpire` once at zero; the server decides expiry itself from the deadline.
 */
export function AttemptTimer({ deadlineAt, serverNow, onExpire }: { deadlineAt: string; serverNow: string; onExpire: () => void }) {
  const skew = useRef<number | null>(null);
  const fired = useRef(false);
  const [left, setLeft] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");
  useEffect(() => {
    skew.current ??= Date.parse(serverNow) - Date.now();
    const deadline = Date.parse(deadlineAt);
    const tick = () => {
      const remaining = deadline - (Date.now() + (skew.current ?? 0));
      setLeft(remaining);
      const warn = WARNINGS.find((w) => remaining <= w * 1000 && remaining > (w - 1) * 1000);
      if (warn) setAnnounce(`${warn >= 60 ? `${warn / 60} minute${warn > 60 ? "s" : ""}` : `${warn} seconds`} left`);
      if (remaining <= 0 && !fired.current) {
        fired.current = true;
        setAnnounce("Time is up. Submitting your answers.");
        onExpire();
      }
    };
    tick();
    const id = setInterval(tick, 500);
    return () => clearInterval(id);
  }, [deadlineAt, serverNow, onExpire]);
  const urgent = left !== null && left <= 60_000;
  return (
    <div>
      <p className="muted text-xs font-medium tracking-wide uppercase" id="timer-label">
        Time left
      </p>
      <p role="timer" aria-labelledby="timer-label" className={`font-mono text-2xl font-bold tabular-nums ${urgent ? "text-red-700 dark:text-red-400" : ""}`}>
        {left === null ? "–:––" : format(left)}
      </p>
      <p className="sr-only" aria-live="assertive">
        {announce}
      </p>
    </div>
  );
}
