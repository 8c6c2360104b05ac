"use client";
import { useEffect, useId, useRef, useState } from "react";
import "./lesson-ui.css";

/**
 * A glossary tooltip: the trigger is a button (keyboard focusable, described by the tooltip), the
 * tooltip shows on hover and focus, toggles on tap, and closes with Escape.
 */
export function TermTooltip({ term, definition, children }: { term: string; definition: string; children: React.ReactNode }) {
  const id = useId();
  const [pinned, setPinned] = useState(false);
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [shift, setShift] = useState(0);
  const tip = useRef<HTMLSpanElement>(null);
  const open = pinned || hover || focus;

  useEffect(() => {
    if (!open || !tip.current) return;
    const rect = tip.current.getBoundingClientRect();
    const margin = 8;
    if (rect.left < margin) setShift((s) => s + margin - rect.left);
    else if (rect.right > window.innerWidth - margin) setShift((s) => s - (rect.right - window.innerWidth + margin));
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setPinned(false);
        setHover(false);
        setFocus(false);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <span className="relative inline-block" onMouseEnter={() => setHover(true)} onMouseLeave={() => setHover(false)}>
      <button
        type="button"
        aria-describedby={id}
        aria-expanded={open}
        className="lx-term"
        onClick={() => setPinned((p) => !p)}
        onFocus={() => setFocus(true)}
        onBlur={() => {
          setFocus(false);
          setPinned(false);
        }}
      >
        {children}
      </button>
      <span
        ref={tip}
        id={id}
        role="tooltip"
        style={{ transform: `translateX(calc(-50% + ${shift}px))` }}
        className={`lx-tip ${open ? "block" : "hidden"}`}
      >
        <span className="lx-tip-term">{term}</span>
        {definition}
      </span>
    </span>
  );
}
