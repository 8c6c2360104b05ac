"use client";
import { useEffect } from "react";

const TYPES = ["pointerover", "pointerout", "focusin", "focusout", "click", "keydown"] as const;

/**
 * Behaviour for the static lesson prose (see `prose-tree.ts`): glossary tooltips and "Copy as
 * scenario JSON", with a few listeners on the document instead of a React component per term or
 * policy. The behaviour itself (`prose-behaviour.ts`) is loaded the first time the reader points
 * at, focuses or presses a term or a copy button, or presses Escape; events wait for it in order.
 */
export function ProseEnhancer() {
  useEffect(() => {
    let behaviour: Promise<typeof import("./prose-behaviour")> | null = null;
    const on = (e: Event) => {
      const relevant = e.target instanceof Element && e.target.closest(".lx-termw, button[data-copy-scenario]");
      if (!relevant && !(behaviour && e.type === "keydown")) return;
      behaviour ??= import("./prose-behaviour");
      void behaviour.then((b) => b.handle(e));
    };
    for (const type of TYPES) document.addEventListener(type, on);
    return () => {
      for (const type of TYPES) document.removeEventListener(type, on);
    };
  }, []);
  return null;
}
