import { getTerm } from "@/app/lessons/lesson-data";
import "./lesson-ui.css";

/**
 * `<Term id>`: the words, with the glossary definition as a tooltip. Unknown ids fail the build.
 *
 * Static markup (a button described by a hidden tooltip): the lesson's prose is sent as HTML once,
 * not as React props, so the tooltip's behaviour (hover, focus, tap to pin, Escape, keeping it on
 * screen) comes from `ProseEnhancer`, which listens once for the whole page. `uid` comes from the
 * lesson remark plugin and keeps the tooltip ids unique when a term appears twice.
 */
export function Term({ id, uid, children }: { id: string; uid?: string; children?: React.ReactNode }) {
  const term = getTerm(id);
  if (!term) throw new Error(`unknown glossary term \`${id}\``);
  const tipId = `${uid ?? `term-${id}`}-tip`;
  return (
    <span className="lx-termw">
      <button type="button" aria-describedby={tipId} aria-expanded="false" className="lx-term">
        {children ?? term.term}
      </button>
      <span id={tipId} role="tooltip" className="lx-tip" hidden>
        <span className="lx-tip-term">{term.term}</span>
        {term.definition}
      </span>
    </span>
  );
}
