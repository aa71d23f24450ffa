import { useEffect, useState } from 'react';
import { actions, useTilecast } from '../../store/react';

const steps: { label: string; ms: number }[] = [
  { label: '+450 s', ms: 450_000 },
  { label: '+900 s', ms: 900_000 },
  { label: '+1 hour', ms: 3_600_000 },
  { label: '+1 day', ms: 86_400_000 },
  { label: '+30 days', ms: 30 * 86_400_000 },
];

/** The virtual clock: batching intervals, TTLs, token and channel expiry in seconds. */
export function ClockControls() {
  const offset = useTilecast((s) => s.clock.offsetMs);
  const [, redraw] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => redraw((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  const now = new Date(actions().now());
  return (
    <section
      aria-label="Virtual clock"
      className="flex flex-col gap-2 rounded border border-neutral-800 p-3 text-sm"
    >
      <h2 className="font-semibold">Virtual clock</h2>
      <p>
        <time dateTime={now.toISOString()} className="font-mono">
          {now.toISOString().replace('T', ' ').slice(0, 19)} UTC
        </time>
        {offset > 0 && <span className="text-neutral-400"> (ahead by {formatOffset(offset)})</span>}
      </p>
      <div className="flex flex-wrap gap-1.5">
        {steps.map((step) => (
          <button
            key={step.label}
            type="button"
            aria-label={`Advance clock ${step.label.slice(1)}`}
            className="rounded border border-neutral-600 px-2 py-0.5"
            onClick={() => actions().advanceClock(step.ms)}
          >
            {step.label}
          </button>
        ))}
      </div>
    </section>
  );
}

function formatOffset(ms: number): string {
  const s = Math.round(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  return [d && `${d} d`, h && `${h} h`, m && `${m} min`, s % 60 && `${s % 60} s`]
    .filter(Boolean)
    .join(' ');
}
