import type { HttpResult } from './cloud';

/** The service's answer to the last send: status line and response headers. */
export function SendResult({ result }: { result: HttpResult | { error: string } }) {
  if ('error' in result) {
    return (
      <p role="alert" className="text-sm text-red-400">
        The request failed before any response: {result.error}
      </p>
    );
  }
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
    </section>
  );
}
