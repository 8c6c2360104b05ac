import { createElement, Fragment } from "react";
import { describe, expect, it } from "vitest";
import { resolveStatic } from "@/app/components/lesson/prose-resolve";

// What a "use client" import looks like inside a server component: a function tagged as a reference.
const clientReference = Object.assign(() => null, { $$typeof: Symbol.for("react.client.reference") });

describe("resolveStatic (lesson prose sent once as HTML)", () => {
  it("calls sync and async components down to host elements and text", async () => {
    const Strong = ({ children }: { children?: React.ReactNode }) => createElement("strong", { className: "lx-strong" }, children);
    const Highlighted = async ({ code }: { code: string }) => {
      await Promise.resolve();
      return createElement("pre", { dangerouslySetInnerHTML: { __html: code } });
    };
    const tree = createElement(Fragment, null, createElement("p", { className: "lx-p" }, "A ", createElement(Strong, null, "role"), " is ", 1, null, false), createElement(Highlighted, { code: "<b>x</b>" }));
    expect(await resolveStatic(tree)).toEqual([
      { t: "p", p: { className: "lx-p" }, c: ["A ", { t: "strong", p: { className: "lx-strong" }, c: ["role"] }, " is ", "1"] },
      { t: "pre", p: { dangerouslySetInnerHTML: { __html: "<b>x</b>" } }, c: [] },
    ]);
  });

  it("answers null when a client component sits anywhere inside, so the block stays a React island", async () => {
    const Wrapper = () => createElement("div", null, createElement("p", null, createElement(clientReference as unknown as () => null)));
    expect(await resolveStatic(createElement("section", null, createElement(Wrapper)))).toBeNull();
  });

  it("lets a component's own error through instead of hiding it", async () => {
    const Broken = () => {
      throw new Error("unknown glossary term `nope`");
    };
    await expect(resolveStatic(createElement(Broken))).rejects.toThrow("unknown glossary term");
  });
});
