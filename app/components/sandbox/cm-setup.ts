/**
 * CodeMirror 6 setup of the policy editor: JSON highlighting (token classes styled in
 * sandbox.css for light and dark), underlined diagnostics, a small undo history and Enter with
 * indentation. Tab is left alone so keyboard users can move on.
 */
import { json } from "@codemirror/lang-json";
import { bracketMatching, syntaxHighlighting } from "@codemirror/language";
import { Annotation, EditorSelection, StateEffect, StateField, Transaction, type ChangeSet, type Extension } from "@codemirror/state";
import { Decoration, EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers, type Command, type DecorationSet } from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";

/** A span to underline, with its message for the tooltip. */
export interface EditorMark {
  from: number;
  to: number;
  severity: "error" | "warning";
  message: string;
}

/** Replaces the underlined spans. */
export const setMarks = StateEffect.define<EditorMark[]>();
/** Marks a change that came from outside (an example or an import): it starts a new history. */
export const external = Annotation.define<boolean>();

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarks)) continue;
      const len = tr.state.doc.length;
      const ranges = e.value
        .map((m) => {
          const from = Math.max(0, Math.min(m.from, len));
          // An empty span (e.g. at the end of the text) underlines the character before it.
          const to = Math.min(len, Math.max(m.to, from + 1));
          return { ...m, from: to > from ? from : Math.max(0, from - 1), to };
        })
        .filter((m) => m.to > m.from)
        .sort((a, b) => a.from - b.from);
      next = Decoration.set(ranges.map((m) => Decoration.mark({ class: `cm-mark-${m.severity}`, attributes: { title: m.message } }).range(m.from, m.to)));
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

interface History {
  done: ChangeSet[];
  undone: ChangeSet[];
  at: number;
}
const historyKind = Annotation.define<"undo" | "redo">();
const MAX_HISTORY = 200;

const historyField = StateField.define<History>({
  create: () => ({ done: [], undone: [], at: 0 }),
  update(h, tr) {
    if (!tr.docChanged) return h;
    if (tr.annotation(external)) return { done: [], undone: [], at: 0 };
    const inverse = tr.changes.invert(tr.startState.doc);
    const kind = tr.annotation(historyKind);
    if (kind === "undo") return { done: h.done.slice(0, -1), undone: [...h.undone, inverse], at: 0 };
    if (kind === "redo") return { done: [...h.done, inverse], undone: h.undone.slice(0, -1), at: 0 };
    const now = Date.now();
    const last = h.done[h.done.length - 1];
    // Typing in quick succession is undone as one step.
    if (last && now - h.at < 700 && tr.isUserEvent("input")) return { done: [...h.done.slice(0, -1), inverse.compose(last)], undone: [], at: now };
    return { done: [...h.done, inverse].slice(-MAX_HISTORY), undone: [], at: now };
  },
});

function step(kind: "undo" | "redo"): Command {
  return (view) => {
    const h = view.state.field(historyField);
    const changes = kind === "undo" ? h.done[h.done.length - 1] : h.undone[h.undone.length - 1];
    if (!changes) return false;
    view.dispatch({ changes, annotations: [historyKind.of(kind), Transaction.userEvent.of(kind)], scrollIntoView: true });
    return true;
  };
}

/** Enter: a new line indented like the current one, one level deeper after `{` or `[`. */
const newlineAndIndent: Command = (view) => {
  const { state } = view;
  view.dispatch(
    state.changeByRange((range) => {
      const line = state.doc.lineAt(range.from);
      const base = /^[ \t]*/.exec(line.text)?.[0] ?? "";
      const opens = /[[{]\s*$/.test(state.sliceDoc(line.from, range.from));
      const closes = opens && /^\s*[\]}]/.test(state.sliceDoc(range.to, line.to));
      const head = `\n${base}${opens ? "  " : ""}`;
      const insert = closes ? `${head}\n${base}` : head;
      return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.cursor(range.from + head.length) };
    }),
    { scrollIntoView: true, userEvent: "input" },
  );
  return true;
};

/** The editor's extensions (the editable element's attributes are configured by the component). */
export function editorExtensions(onChange: (text: string) => void): Extension[] {
  return [
    lineNumbers(),
    drawSelection(),
    highlightActiveLine(),
    bracketMatching({ afterCursor: false }),
    json(),
    syntaxHighlighting(classHighlighter),
    historyField,
    marksField,
    keymap.of([
      { key: "Mod-z", run: step("undo"), preventDefault: true },
      { key: "Mod-y", run: step("redo"), preventDefault: true },
      { key: "Mod-Shift-z", run: step("redo"), preventDefault: true },
      { key: "Enter", run: newlineAndIndent },
    ]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ spellcheck: "false", autocorrect: "off", autocapitalize: "off" }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged && !u.transactions.some((t) => t.annotation(external))) onChange(u.state.doc.toString());
    }),
  ];
}
