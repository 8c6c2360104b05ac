"use client";
import { useEffect, useState } from "react";

/** Light/dark switch; the choice is stored, otherwise the system setting applies. */
export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);
  useEffect(() => setDark(document.documentElement.classList.contains("dark")), []);
  function toggle() {
    const next = !document.documentElement.classList.contains("dark");
    document.documentElement.classList.toggle("dark", next);
    localStorage.setItem("theme", next ? "dark" : "light");
    setDark(next);
  }
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark ?? undefined}
      aria-label="Dark mode"
      className="btn-secondary px-2.5"
      title="Toggle dark mode"
    >
      <span aria-hidden>{dark ? "☾" : "☀"}</span>
    </button>
  );
}
