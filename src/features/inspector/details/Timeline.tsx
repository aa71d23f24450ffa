import { useMemo, useState } from 'react';
import { messageTimeline, relatedTracker, type Journal, type RequestEntry } from '../../../store';
import { useTilecast } from '../../../store/react';
import { clockTime } from '../summary';
import { Card } from './Card';

/** The phone's timeline for this message, correlated by X-WNS-Msg-ID / X-MessageID / MS-CV. */
export function Timeline({ entry, journal }: { entry: RequestEntry; journal: Journal }) {
  const device = useTilecast((s) => s.device);
  // Related requests: only entries new since the last catch-up are read, never the whole ring.
  const [track] = useState(() => relatedTracker(entry));
  const related = useMemo(() => track(journal), [track, journal]);
  const events = messageTimeline(related, entry, device);
  return (
    <Card title="Timeline">
      {entry.outcomes.length === 0 && events.length === 1 && (
        <p className="mb-1 text-xs text-neutral-400">Nothing reached the phone.</p>
      )}
      <ol className="text-xs">
        {events.map((event, i) => (
          <li key={i} className="grid grid-cols-[6.5rem_1fr] gap-2">
            <span className="text-neutral-500">{event.at ? clockTime(event.at) : '↳'}</span>
            <span className="break-words">{event.label}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
