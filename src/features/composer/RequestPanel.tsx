import { useState } from 'react';
import { snippetProblem } from '../../store';
import { formatRequest, toCSharp, toCurl, toNodeFetch, type HttpRequest } from './request';

const views = {
  HTTP: formatRequest,
  curl: toCurl,
  'C# HttpClient': toCSharp,
  'Node fetch': toNodeFetch,
} as const;
type View = keyof typeof views;

/** The exact request the composer will send, and the same request as code. */
export function RequestPanel({ request }: { request: HttpRequest }) {
  const [view, setView] = useState<View>('HTTP');
  // The composer's own request is always sendable; the note guards a URL pasted with a NUL.
  const problem = view === 'HTTP' ? null : snippetProblem(request);
  const text = problem ? `Not shown: ${problem}` : views[view](request);
  return (
    <section aria-label="Request" className="flex flex-col gap-1">
      <div role="tablist" aria-label="Request as" className="flex gap-1">
        {(Object.keys(views) as View[]).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={v === view}
            onClick={() => setView(v)}
            className={`rounded px-2 py-0.5 text-xs ${v === view ? 'bg-neutral-700' : 'bg-neutral-900'}`}
          >
            {v}
          </button>
        ))}
        <button
          type="button"
          className="ml-auto rounded bg-neutral-900 px-2 py-0.5 text-xs"
          onClick={() => void navigator.clipboard?.writeText(text)}
        >
          Copy
        </button>
      </div>
      <pre
        aria-label={`Request as ${view}`}
        className="max-h-60 overflow-auto rounded bg-neutral-950 p-2 font-mono text-[11px] whitespace-pre-wrap break-all"
      >
        {text}
      </pre>
    </section>
  );
}
