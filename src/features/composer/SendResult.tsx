import { actions, useTilecast } from '../../store/react';
import type { SendOutcome } from './useSend';

/**
 * The phone's fate for the notification, read from the journal entry the send created; the
 * entry's number opens it in the inspector (through the store: features stay apart).
 */
function PhoneOutcome({ url, body, msgId }: { url: string; body: string; msgId?: string }) {
  // By the notification's id when the service gave one: this runs at every store change, and a
  // search from the end grew with every push since the send (issue 21).
  const entry = useTilecast((s) =>
    msgId
      ? s.journal.byMsgId(msgId)
      : s.journal.findLast(
          (e) => e.kind === 'request' && e.request.url === url && e.request.body === body,
        ),
  );
  if (!entry || entry.kind !== 'request') return null;
  return (
    <p className="mt-2 text-sm">
      <button
        type="button"
        aria-label={`Show journal entry #${entry.seq} in the inspector`}
        onClick={() => actions().selectEntry(entry.id)}
        className="text-sky-400 underline hover:text-sky-300"
      >
        Journal #{entry.seq}
      </button>{' '}
      · phone:{' '}
      {entry.outcomes.length === 0
        ? 'no fate yet'
        : entry.outcomes
            .map((f) => (f.kind === 'shown' ? `shown: ${f.detail}` : `${f.kind}: ${f.reason}`))
            .join(' → ')}
    </p>
  );
}

/** The service's answer to the last send: status line, response headers and the phone's fate. */
export function SendResult({ outcome }: { outcome: SendOutcome }) {
  if ('error' in outcome) {
    return (
      <p role="alert" className="text-sm text-red-400">
        The request failed before any response: {outcome.error}
      </p>
    );
  }
  const { result } = outcome;
  const ok = result.status >= 200 && result.status < 300;
  return (
    <section aria-label="Send result" className="rounded border border-neutral-800 p-3 text-xs">
      <p className={`mb-2 text-sm font-semibold ${ok ? 'text-emerald-400' : 'text-red-400'}`}>
        HTTP {result.status} {result.statusText}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 font-mono">
        {result.headers.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-neutral-400">{name}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {result.body && (
        <pre className="mt-2 font-mono break-all whitespace-pre-wrap">{result.body}</pre>
      )}
      <PhoneOutcome
        url={result.url}
        body={outcome.request.body}
        msgId={result.headers.find(([name]) => /^x-wns-msg-id$/i.test(name))?.[1] ?? undefined}
      />
    </section>
  );
}
