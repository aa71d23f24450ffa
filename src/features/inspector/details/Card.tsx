import type { ReactNode } from 'react';

/** One small card of the details pane (httptoolkit-ui's request/response/body cards). */
export function Card({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section aria-label={title} className="rounded border border-neutral-800 p-3">
      <header className="mb-1 flex items-center gap-2">
        <h3 className="text-xs font-semibold tracking-wide text-neutral-400 uppercase">{title}</h3>
        <div className="ml-auto flex gap-1">{actions}</div>
      </header>
      {children}
    </section>
  );
}

export type Flag = { level: 'unknown' | 'wrong'; message: string };

/** Header names and values; flagged ones say why (unknown to the service, or the one it blamed). */
export function Headers({
  headers,
  flags = {},
}: {
  headers: Record<string, string>;
  flags?: Record<string, Flag>;
}) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 font-mono text-xs">
      {Object.entries(headers).map(([name, value]) => {
        const flag = flags[name];
        return (
          <div key={name} className="contents">
            <dt
              className={
                flag
                  ? flag.level === 'wrong'
                    ? 'text-red-400'
                    : 'text-amber-400'
                  : 'text-neutral-400'
              }
            >
              {name}
            </dt>
            <dd className="break-all">
              {value}
              {flag && (
                <span
                  className={`ml-2 font-sans ${flag.level === 'wrong' ? 'text-red-400' : 'text-amber-400'}`}
                >
                  {flag.level === 'wrong' ? '✖ ' : '⚠ '}
                  {flag.message}
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
