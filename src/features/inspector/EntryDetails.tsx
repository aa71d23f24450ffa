import { useState } from 'react';
import type { Diagnostic } from '../../protocol/types';
import {
  flagRequestHeaders,
  type Journal,
  type JournalEntry,
  type RequestEntry,
} from '../../store';
import { prettyXml } from '../../lib/xml-tokens';
import { BodyView, type BodyFocus } from './details/BodyView';
import { Card, Headers } from './details/Card';
import { Diagnostics } from './details/Diagnostics';
import { EntryActions, type EntryActionsProps } from './details/EntryActions';
import { NotificationTree } from './details/NotificationTree';
import { Timeline } from './details/Timeline';

export type EntryActionProps = Omit<EntryActionsProps, 'entry'>;

const isXml = (contentType: string | undefined, body: string) =>
  /xml/i.test(contentType ?? '') || body.trimStart().startsWith('<');

const header = (h: Record<string, string>, name: string) =>
  Object.entries(h).find(([k]) => k.toLowerCase() === name)?.[1];

/** Every finding on an entry: the service's verdict, then the phone's drops. */
function diagnosticsOf(entry: RequestEntry): Diagnostic[] {
  const all = [
    entry.verdict.diagnostic,
    ...entry.outcomes.map((f) => ('diagnostic' in f ? f.diagnostic : undefined)),
  ];
  const seen = new Set<string>();
  return all.filter((d): d is Diagnostic => {
    if (!d) return false;
    const key = JSON.stringify(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function prettyJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}

function RequestDetails({
  entry,
  journal,
  actionProps,
}: {
  entry: RequestEntry;
  journal: Journal;
  actionProps: EntryActionProps;
}) {
  const { request, response, verdict } = entry;
  const diagnostics = diagnosticsOf(entry);
  const hasPositions = diagnostics.some((d) => d.line);
  const xml = isXml(header(request.headers, 'content-type'), request.body);
  const pretty = xml ? prettyXml(request.body) : (prettyJson(request.body) ?? request.body);
  const [prettyOn, setPrettyOn] = useState(!hasPositions && pretty !== request.body);
  const [focus, setFocus] = useState<BodyFocus | undefined>();
  const jump = (d: Diagnostic) => {
    // Positions refer to the body as sent, so show it as sent.
    setPrettyOn(false);
    setFocus((f) => ({ line: d.line!, column: d.column, n: (f?.n ?? 0) + 1 }));
  };
  const responseJson = prettyJson(response.body);

  return (
    <>
      <EntryActions entry={entry} {...actionProps} />
      <Diagnostics diagnostics={diagnostics} onJump={jump} />
      <Card title="Request">
        <p className="mb-1 font-mono text-xs break-all">
          {request.method} {request.url}
        </p>
        {entry.source === 'relay' && (
          <p className="mb-1 text-xs text-neutral-400">Via the relay from {entry.from}</p>
        )}
        <Headers headers={request.headers} flags={flagRequestHeaders(entry)} />
      </Card>
      {request.body && (
        <Card
          title="Payload"
          actions={
            pretty !== request.body && (
              <label className="flex items-center gap-1 text-xs">
                <input
                  type="checkbox"
                  checked={prettyOn}
                  onChange={(e) => setPrettyOn(e.target.checked)}
                />
                Pretty-print
              </label>
            )
          }
        >
          <BodyView
            label="Body lines"
            text={prettyOn ? pretty : request.body}
            xml={xml}
            focus={prettyOn ? undefined : focus}
          />
          <p className="mt-1 text-xs text-neutral-500">{request.size} bytes</p>
        </Card>
      )}
      {xml && request.body && <NotificationTree xml={request.body} />}
      <Card title="Service verdict">
        <p className="text-sm">{verdict.summary}</p>
        <p className="text-xs text-neutral-500">
          {entry.service} · {entry.type} · from {entry.source}
          {entry.msgId && ` · message ${entry.msgId}`}
        </p>
      </Card>
      <Card title="Response">
        <p className="mb-1 font-mono text-xs">
          {response.status} {response.statusText}
        </p>
        <Headers headers={response.headers} />
        {response.body && (
          <pre className="mt-1 max-h-40 overflow-auto font-mono text-xs break-all whitespace-pre-wrap">
            {responseJson ?? response.body}
          </pre>
        )}
      </Card>
      <Timeline entry={entry} journal={journal} />
    </>
  );
}

/** Details of one journal entry, as small cards: actions, findings, request, verdict, response, phone. */
export function EntryDetails({
  entry,
  journal,
  actionProps,
}: {
  entry: JournalEntry;
  journal: Journal;
  actionProps: EntryActionProps;
}) {
  return (
    // A scrolling pane: focusable so keyboard users can scroll it (axe scrollable-region-focusable).
    <div
      role="region"
      aria-label="Entry details"
      tabIndex={0}
      data-scroll-pane
      className="flex min-h-0 flex-col gap-2 overflow-y-auto text-sm"
    >
      {entry.kind === 'lifecycle' ? (
        <Card title="Phone event">
          <p className="text-sm break-all">{entry.detail}</p>
          <p className="text-xs text-neutral-500">{entry.event}</p>
        </Card>
      ) : (
        <RequestDetails key={entry.id} entry={entry} journal={journal} actionProps={actionProps} />
      )}
    </div>
  );
}
