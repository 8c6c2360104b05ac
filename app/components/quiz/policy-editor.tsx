"use client";
import { useEffect, useRef, useState } from "react";
import type { EditorView } from "@codemirror/view";

type Props = { id: string; label: string; value: string; onChange: (text: string) => void; disabled: boolean; describedBy?: string };

const PLAIN_KEY = "principal-plain-editor";

/** Loads CodeMirror 6 (view, state, JSON language) on demand and mounts an editor into `parent`. */
async function mountEditor(parent: HTMLElement, props: Props, onChange: (text: string) => void): Promise<EditorView> {
  const [{ EditorView, keymap, lineNumbers, drawSelection, highlightActiveLine }, { EditorState }, { json }, language, { tags }] = await Promise.all([
    import("@codemirror/view"),
    import("@codemirror/state"),
    import("@codemirror/lang-json"),
    import("@codemirror/language"),
    import("@lezer/highlight"),
  ]);
  const style = language.HighlightStyle.define([
    { tag: tags.propertyName, class: "cmt-prop" },
    { tag: tags.string, class: "cmt-string" },
    { tag: [tags.number, tags.bool, tags.null], class: "cmt-atom" },
    { tag: tags.invalid, class: "cmt-invalid" },
  ]);
  // Enter keeps the current line's indentation (no @codemirror/commands in the bundle).
  const enter = keymap.of([
    {
      key: "Enter",
      run: (view) => {
        const line = view.state.doc.lineAt(view.state.selection.main.head);
        view.dispatch(view.state.replaceSelection(`\n${/^\s*/.exec(line.text)?.[0] ?? ""}`), { scrollIntoView: true });
        return true;
      },
    },
  ]);
  const attributes: Record<string, string> = { "aria-label": props.label, "aria-multiline": "true", spellcheck: "false" };
  if (props.describedBy) attributes["aria-describedby"] = props.describedBy;
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: props.value,
      extensions: [
        lineNumbers(),
        drawSelection(),
        highlightActiveLine(),
        language.bracketMatching(),
        language.syntaxHighlighting(style),
        json(),
        enter,
        EditorView.lineWrapping,
        EditorView.editable.of(!props.disabled),
        EditorView.contentAttributes.of(attributes),
        EditorView.updateListener.of((u) => u.docChanged && onChange(u.state.doc.toString())),
      ],
    }),
  });
}

/**
 * The policy editor: CodeMirror with JSON highlighting, or a plain textarea (the fallback while
 * CodeMirror loads, when it fails, or by choice; the choice is remembered). Tab moves focus.
 */
export function PolicyEditor(props: Props) {
  const { id, label, value, onChange, disabled, describedBy } = props;
  const [plain, setPlain] = useState(false);
  const [ready, setReady] = useState(false);
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    setPlain(localStorage.getItem(PLAIN_KEY) === "1");
  }, []);

  useEffect(() => {
    if (plain || !host.current) return;
    let cancelled = false;
    mountEditor(host.current, { ...props, disabled }, (text) => latest.current(text))
      .then((v) => {
        if (cancelled) v.destroy();
        else {
          view.current = v;
          setReady(true);
        }
      })
      .catch(() => setPlain(true));
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = null;
      setReady(false);
    };
    // The editor is rebuilt only when switching modes or (dis)abling; `value` is synced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plain, disabled]);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value, ready]);

  const togglePlain = (next: boolean) => {
    localStorage.setItem(PLAIN_KEY, next ? "1" : "0");
    setPlain(next);
  };

  return (
    <div>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={plain || !ready ? id : undefined} className="label mb-0" id={`${id}-label`}>
          {label}
        </label>
        <label className="flex items-center gap-2 text-xs">
          <input type="checkbox" checked={plain} onChange={(e) => togglePlain(e.target.checked)} />
          Plain text editor
        </label>
      </div>
      {(plain || !ready) && (
        <textarea
          id={id}
          className="input min-h-64 font-mono text-xs leading-relaxed sm:text-sm"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-busy={!plain && !ready}
        />
      )}
      {!plain && <div ref={host} className={ready ? "quiz-editor" : "hidden"} />}
    </div>
  );
}
