"use client";
import { Compartment } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { useEffect, useRef, useState } from "react";
import { editorExtensions, external, setMarks, type EditorMark } from "./cm-setup";
import "./sandbox.css";

/** A problem shown under an editor, with its position when known. */
export interface EditorProblem extends EditorMark {
  line?: number;
  column?: number;
  code?: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  problems: EditorProblem[];
  /** Further spans to underline (lint findings, listed elsewhere). */
  lintMarks?: EditorMark[];
  /** Use a plain textarea instead of CodeMirror. */
  plain: boolean;
}

const rowsFor = (text: string) => Math.max(6, Math.min(24, text.split("\n").length + 1));

/** A JSON policy editor (CodeMirror, or a textarea) with its errors underlined and listed. */
export function PolicyEditor({ id, label, value, onChange, problems, lintMarks = [], plain }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const attrs = useRef(new Compartment());
  const onChangeRef = useRef(onChange);
  const [mounted, setMounted] = useState(false);
  const errors = problems.filter((p) => p.severity === "error");
  const listId = `${id}-problems`;
  const ariaAttrs: Record<string, string> = { "aria-labelledby": `${id}-label`, "aria-describedby": listId, "aria-multiline": "true", ...(errors.length > 0 ? { "aria-invalid": "true" } : {}) };

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (plain || !host.current) return;
    const v = new EditorView({
      parent: host.current,
      doc: value,
      extensions: [editorExtensions((text) => onChangeRef.current(text)), attrs.current.of(EditorView.contentAttributes.of(ariaAttrs))],
    });
    view.current = v;
    setMounted(true);
    // Line heights change once the stylesheet and the monospace font arrive: measure again.
    const frame = window.requestAnimationFrame(() => v.requestMeasure());
    void document.fonts?.ready.then(() => view.current === v && v.requestMeasure());
    return () => {
      window.cancelAnimationFrame(frame);
      v.destroy();
      view.current = null;
      setMounted(false);
    };
    // The editor is created once per mode; later values and attributes are pushed in below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plain]);

  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === value) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value }, annotations: external.of(true) });
  }, [value, mounted]);

  const attrKey = JSON.stringify(ariaAttrs);
  useEffect(() => {
    view.current?.dispatch({ effects: attrs.current.reconfigure(EditorView.contentAttributes.of(JSON.parse(attrKey) as Record<string, string>)) });
  }, [attrKey, mounted]);

  const marks = [...problems.filter((p) => p.from >= 0), ...lintMarks];
  const marksKey = JSON.stringify(marks.map(({ from, to, severity, message }) => [from, to, severity, message]));
  useEffect(() => {
    view.current?.dispatch({ effects: setMarks.of(marks) });
    // problems are compared by content (marksKey), not identity
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [marksKey, mounted]);

  return (
    <div>
      {plain ? (
        <label id={`${id}-label`} htmlFor={`${id}-text`} className="sr-only">
          {label}
        </label>
      ) : (
        <span id={`${id}-label`} className="sr-only">
          {label}
        </span>
      )}
      {plain ? (
        <textarea
          id={`${id}-text`}
          className="input font-mono text-[13px] leading-relaxed"
          rows={rowsFor(value)}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={listId}
        />
      ) : (
        <div ref={host} className="sandbox-cm" data-testid={`${id}-editor`}>
          {mounted ? null : <pre className="sandbox-cm-placeholder">{value}</pre>}
        </div>
      )}
      <ul id={listId} className="mt-1 space-y-0.5 text-sm">
        {problems.map((p, i) => (
          <li key={i} className={p.severity === "error" ? "text-red-800 dark:text-red-300" : "text-amber-900 dark:text-amber-200"}>
            <span aria-hidden>{p.severity === "error" ? "✖ " : "▲ "}</span>
            <span className="sr-only">{p.severity === "error" ? "Error" : "Warning"}: </span>
            {p.line !== undefined ? `Line ${p.line}, column ${p.column ?? 1}: ` : ""}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
