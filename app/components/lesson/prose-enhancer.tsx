"use client";
import { useEffect } from "react";
import { scenarioSkeleton } from "@/app/components/iam/scenario-skeleton";

/**
 * Behaviour for the static lesson prose, with a few listeners on the document instead of a React
 * component per term or policy (the prose is HTML, see `prose-tree.ts`):
 *
 * - glossary terms (`term.tsx`): the tooltip shows on hover and on focus, a click or tap pins it,
 *   Escape closes every open one, and it is nudged sideways to stay on screen;
 * - "Copy as scenario JSON" (`policy.tsx`): builds the scenario skeleton from the policy's text
 *   and copies it, saying "Copied" (or how it failed) in the button's status region.
 */
export function ProseEnhancer() {
  useEffect(() => {
    type TermState = { pinned: boolean; hover: boolean; focus: boolean };
    const states = new WeakMap<HTMLElement, TermState>();
    const timers = new WeakMap<HTMLElement, number>();
    const wrapperOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(".lx-termw") : null);

    function update(wrapper: HTMLElement, change: Partial<TermState>) {
      const state = { ...(states.get(wrapper) ?? { pinned: false, hover: false, focus: false }), ...change };
      states.set(wrapper, state);
      const button = wrapper.querySelector<HTMLElement>(".lx-term");
      const tip = wrapper.querySelector<HTMLElement>(".lx-tip");
      if (!button || !tip) return;
      const open = state.pinned || state.hover || state.focus;
      if (open === !tip.hidden) return;
      button.setAttribute("aria-expanded", String(open));
      tip.hidden = !open;
      tip.style.transform = "";
      if (!open) return;
      const rect = tip.getBoundingClientRect();
      const margin = 8;
      const shift = rect.left < margin ? margin - rect.left : rect.right > window.innerWidth - margin ? window.innerWidth - margin - rect.right : 0;
      if (shift !== 0) tip.style.transform = `translateX(calc(-50% + ${shift}px))`;
    }

    async function copyScenario(button: HTMLButtonElement) {
      const status = button.nextElementSibling;
      let message = "Copied";
      try {
        const source = button.closest("figure")?.querySelector("pre")?.textContent ?? "";
        const skeleton = scenarioSkeleton(JSON.parse(source), button.dataset.copyScenario, button.dataset.blockId);
        await navigator.clipboard.writeText(JSON.stringify(skeleton, null, 2));
      } catch {
        message = "Copy failed: select the text instead";
      }
      if (!status) return;
      status.textContent = message;
      window.clearTimeout(timers.get(button));
      timers.set(button, window.setTimeout(() => (status.textContent = ""), 2500));
    }

    const onOver = (e: PointerEvent) => {
      const w = wrapperOf(e.target);
      if (w && !w.contains(e.relatedTarget as Node | null)) update(w, { hover: true });
    };
    const onOut = (e: PointerEvent) => {
      const w = wrapperOf(e.target);
      if (w && !w.contains(e.relatedTarget as Node | null)) update(w, { hover: false });
    };
    const onFocusIn = (e: FocusEvent) => {
      const w = wrapperOf(e.target);
      if (w && (e.target as Element).matches(".lx-term")) update(w, { focus: true });
    };
    const onFocusOut = (e: FocusEvent) => {
      const w = wrapperOf(e.target);
      if (w && (e.target as Element).matches(".lx-term")) update(w, { focus: false, pinned: false });
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const term = target?.closest<HTMLElement>(".lx-term");
      const w = term ? wrapperOf(term) : null;
      if (w) update(w, { pinned: !(states.get(w)?.pinned ?? false) });
      const copy = target?.closest<HTMLButtonElement>("button[data-copy-scenario]");
      if (copy) void copyScenario(copy);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      for (const tip of document.querySelectorAll<HTMLElement>(".lx-termw > .lx-tip:not([hidden])")) {
        const w = tip.parentElement;
        if (w) update(w, { pinned: false, hover: false, focus: false });
      }
    };

    document.addEventListener("pointerover", onOver);
    document.addEventListener("pointerout", onOut);
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", onFocusOut);
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerover", onOver);
      document.removeEventListener("pointerout", onOut);
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", onFocusOut);
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
    };
  }, []);
  return null;
}
