import { lazy, Suspense, useId } from 'react';
import type { Diagnostic } from '../../protocol/types';

export type XmlEditorProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  diagnostics: Diagnostic[];
};

// CodeMirror is loaded on demand so the first page stays small; until it arrives, a plain
// textarea with the same label holds the text.
const XmlEditor = lazy(() => import('./XmlEditor'));

export function XmlField(props: XmlEditorProps) {
  const id = useId();
  const fallback = (
    <textarea
      id={id}
      aria-label={props.label}
      className="h-44 w-full rounded border border-neutral-700 bg-neutral-950 px-2 py-1 font-mono text-xs"
      spellCheck={false}
      autoCorrect="off"
      autoCapitalize="off"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm text-neutral-400">{props.label}</span>
      <Suspense fallback={fallback}>
        <XmlEditor {...props} />
      </Suspense>
    </div>
  );
}
