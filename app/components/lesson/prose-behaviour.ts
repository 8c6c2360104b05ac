/**
 * What `ProseEnhancer` does once the reader first reaches for a glossary term or a copy button
 * (loaded with `import()` then): glossary tooltips show on hover and on focus, a click or tap pins
 * them, Escape closes every open one, and they are nudged sideways to stay on screen; "Copy as
 * scenario JSON" builds the scenario skeleton from the policy's text, copies it and says so in the
 * button's status region.
 */
import { scenarioSkeleton } from "@/app/components/iam/scenario-skeleton";

// Why each glossary tooltip is open: hover, focus, pinned by a click or tap.
const reasons = new WeakMap<Element, Set<string>>();
const timers = new WeakMap<Element, number>();

function set(wrapper: Element, reason: string, on: boolean) {
  const why = reasons.get(wrapper) ?? new Set<string>();
  reasons.set(wrapper, why);
  if (on) why.add(reason);
  else if (reason === "all") why.clear();
  else why.delete(reason);
  const button = wrapper.querySelector(".lx-term");
  const tip = wrapper.querySelector<HTMLElement>(".lx-tip");
  const open = why.size > 0;
  if (!button || !tip || open === !tip.hidden) return;
  button.setAttribute("aria-expanded", String(open));
  tip.hidden = !open;
  tip.style.transform = "";
  if (!open) return;
  // Keep it on screen: nudge it sideways by what sticks out, 8 px from the edge.
  const { left, right } = tip.getBoundingClientRect();
  const shift = Math.max(0, 8 - left) - Math.max(0, right - (window.innerWidth - 8));
  if (shift) tip.style.transform = `translateX(calc(-50% + ${shift}px))`;
}

async function copyScenario(button: HTMLElement) {
  let message = "Copied";
  try {
    const source = button.closest("figure")?.querySelector("pre")?.textContent ?? "";
    await navigator.clipboard.writeText(JSON.stringify(scenarioSkeleton(JSON.parse(source), button.dataset.copyScenario, button.dataset.blockId), null, 2));
  } catch {
    message = "Copy failed: select the text instead";
  }
  const status = button.nextElementSibling;
  if (!status) return;
  status.textContent = message;
  clearTimeout(timers.get(button));
  timers.set(button, window.setTimeout(() => (status.textContent = ""), 2500));
}

function wrapperOf(node: EventTarget | null) {
  return node instanceof Element ? node.closest(".lx-termw") : null;
}

function onPointer(e: PointerEvent) {
  const w = wrapperOf(e.target);
  if (w && !w.contains(e.relatedTarget as Node | null)) set(w, "hover", e.type === "pointerover");
}

function onFocus(e: FocusEvent) {
  const w = wrapperOf(e.target);
  if (!w || !(e.target as Element).matches(".lx-term")) return;
  set(w, "focus", e.type === "focusin");
  if (e.type === "focusout") set(w, "pin", false);
}

function onClick(e: MouseEvent) {
  const target = e.target instanceof Element ? e.target : null;
  const w = target?.closest(".lx-term") ? wrapperOf(target) : null;
  if (w) set(w, "pin", !reasons.get(w)?.has("pin"));
  const copy = target?.closest<HTMLElement>("button[data-copy-scenario]");
  if (copy) void copyScenario(copy);
}

function onKey(e: KeyboardEvent) {
  if (e.key === "Escape") for (const tip of document.querySelectorAll(".lx-tip:not([hidden])")) if (tip.parentElement) set(tip.parentElement, "all", false);
}

/** Handles one document event (in the order they happened). */
export function handle(e: Event): void {
  if (e.type === "pointerover" || e.type === "pointerout") onPointer(e as PointerEvent);
  else if (e.type === "focusin" || e.type === "focusout") onFocus(e as FocusEvent);
  else if (e.type === "click") onClick(e as MouseEvent);
  else if (e.type === "keydown") onKey(e as KeyboardEvent);
}
