import { useEffect, useState } from 'react';
import { useTilecast } from '../../../store/react';

/** How long each queued update stays before the tile flips to the next. */
const CYCLE_MS = 4000;

/**
 * The WNS content of an app's live tile: the texts of the current update in the notification
 * queue, how many images it carries, and where it sits in the queue. Basic but faithful to the
 * binding the phone picked for the tile's size; pixel-exact templates come later.
 */
export function WnsTileContent({ appId }: { appId: string }) {
  const items = useTilecast((s) => s.device.wnsTiles[appId]?.items);
  const [turn, setTurn] = useState(0);
  const count = items?.length ?? 0;
  useEffect(() => {
    if (count < 2) return;
    const timer = setInterval(() => setTurn((t) => t + 1), CYCLE_MS);
    return () => clearInterval(timer);
  }, [count]);
  if (!items || count === 0) return null;
  const index = turn % count;
  const item = items[index]!;
  const { binding } = item;
  const images = binding.images.length;
  return (
    <div
      aria-label="Live tile content"
      data-template={binding.template}
      className="absolute inset-x-2 top-2 bottom-7 flex flex-col gap-0.5 overflow-hidden"
    >
      {binding.texts.map((text, i) => (
        <span key={i} className={i === 0 ? 'truncate text-base font-semibold' : 'truncate text-xs'}>
          {text}
        </span>
      ))}
      {images > 0 && (
        <span className="text-xs text-white/70">
          {images} image{images === 1 ? '' : 's'}
        </span>
      )}
      {count > 1 && (
        <span
          aria-label={`Update ${index + 1} of ${count}`}
          className="mt-auto text-[10px] text-white/70"
        >
          {index + 1}/{count}
          {item.tag ? ` · ${item.tag}` : ''}
        </span>
      )}
    </div>
  );
}
