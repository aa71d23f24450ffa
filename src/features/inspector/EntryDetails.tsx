import type { ReactNode } from 'react';
import { describeFate, type JournalEntry } from '../../store';

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded border border-neutral-800 p-3">
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-neutral-400 uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}

function Headers({ headers }: { headers: Record<string, string> }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 font-mono text-xs">
      {Object.entries(headers).map(([name, value]) => (
        <div key={name} className="contents">
          <dt className="text-neutral-400">{name}</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Details of one journal entry, as small cards: request, verdict, response, phone. */
export function EntryDetails({ entry }: { entry: JournalEntry }) {
  if (entry.kind === 'lifecycle') {
    return (
      <Card title="Phone event">
        <p className="text-sm break-all">{entry.detail}</p>
      </Card>
    );
  }
  const { request, response, verdict, outcomes } = entry;
  return (
    // A scrolling pane: focusable so keyboard users can scroll it (axe scrollable-region-focusable).
    <div
      role="region"
      aria-label="Entry details"
      tabIndex={0}
      className="flex min-h-0 flex-col gap-2 overflow-y-auto text-sm"
    >
      <Card title="Request">
        <p className="mb-1 font-mono text-xs break-all">
          {request.method} {request.url}
        </p>
        <Headers headers={request.headers} />
        {request.body && (
          <pre className="mt-2 max-h-48 overflow-auto rounded bg-neutral-950 p-2 font-mono text-xs whitespace-pre-wrap">
            {request.body}
          </pre>
        )}
      </Card>
      <Card title="Service verdict">
        <p>{verdict.summary}</p>
      </Card>
      <Card title="Response">
        <p className="mb-1 font-mono text-xs">
          {response.status} {response.statusText}
        </p>
        <Headers headers={response.headers} />
        {response.body && (
          <pre className="mt-1 font-mono text-xs break-all whitespace-pre-wrap">
            {response.body}
          </pre>
        )}
      </Card>
      <Card title="On the phone">
        {outcomes.length === 0 ? (
          <p className="text-neutral-400">Nothing reached the phone.</p>
        ) : (
          <ul>
            {outcomes.map((fate, i) => (
              <li key={i}>{describeFate(fate)}</li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
