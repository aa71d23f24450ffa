import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { xml } from '@codemirror/lang-xml';
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { xmlSchema } from './xml-schema';
import type { XmlEditorProps } from './XmlField';

const position = (doc: Text, line = 1, column = 1) => {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
};

const theme = EditorView.theme(
  {
    '&': {
      fontSize: '12px',
      backgroundColor: '#0a0a0a',
      border: '1px solid #404040',
      borderRadius: '4px',
    },
    '.cm-content': { fontFamily: 'ui-monospace, monospace', caretColor: '#fff' },
    '.cm-gutters': { backgroundColor: '#171717', color: '#737373', border: 'none' },
    '.cm-scroller': { maxHeight: '18rem', overflow: 'auto' },
    '.cm-tooltip': { backgroundColor: '#262626', color: '#e5e5e5' },
  },
  { dark: true },
);

/** CodeMirror 6 with the XML language: highlighting, folding, completion, live diagnostics. */
export default function XmlEditor({ label, value, onChange, diagnostics }: XmlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          foldGutter(),
          lintGutter(),
          history(),
          bracketMatching(),
          syntaxHighlighting(defaultHighlightStyle),
          xml(xmlSchema()),
          autocompletion(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap]),
          EditorView.lineWrapping,
          // Plain text only: no spell-check, autocorrect or smart-quote substitution.
          EditorView.contentAttributes.of({
            'aria-label': label,
            spellcheck: 'false',
            autocorrect: 'off',
            autocapitalize: 'off',
            translate: 'no',
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) latest.current(u.state.doc.toString());
          }),
          theme,
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== value)
      editor.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.contentDOM.setAttribute('aria-label', label);
  }, [label]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const doc = editor.state.doc;
    const found: CmDiagnostic[] = diagnostics.map((d) => {
      const from = position(doc, d.line, d.column);
      return {
        from,
        to: Math.min(from + 1, doc.length),
        severity: d.severity,
        message: `${d.message} [${d.rule}]`,
      };
    });
    editor.dispatch(setDiagnostics(editor.state, found));
  }, [diagnostics, value]);

  return <div ref={host} data-testid="xml-editor" />;
}
