import { useEffect, useMemo, useRef, useState } from 'react';
import { PayloadCell, type CellLook } from '../../renderers/PayloadCell';
import { tilePixels } from '../../renderers';
import type { PayloadView } from '../../renderers/sizes';
import { previewPayload } from '../../store';
import type { GalleryItem } from './gallery';
import { thumbnailPlan } from './thumbnail-view';

const BOX = { width: 168, height: 96 };

/** The sample drawn by the phone's renderers, shrunk into the thumbnail box. */
function Drawn({ item, look }: { item: GalleryItem; look: Omit<CellLook, 'onImageFail'> }) {
  const { plan, payload } = useMemo(() => {
    const n = previewPayload(item.service, item.type, item.xml).notification;
    const payload = n as PayloadView | undefined;
    return { plan: thumbnailPlan(item, payload), payload };
  }, [item]);
  if (plan.kind === 'text' || !payload)
    return (
      <span className="text-xs text-neutral-400">
        {plan.kind === 'text' ? plan.text : 'does not parse'}
      </span>
    );
  const [w, h] = plan.kind === 'tile' ? tilePixels(plan.profile, plan.verdict.size) : [300, 110];
  const zoom = Math.min(1, BOX.width / (w + 16), BOX.height / (h + 16));
  return (
    <div style={{ zoom }} className="pointer-events-none [&_figcaption]:hidden">
      <PayloadCell
        payload={payload}
        size={plan.kind === 'tile' ? plan.verdict.size : 'toast'}
        verdict={plan.kind === 'tile' ? plan.verdict : { supported: true }}
        profile={plan.profile}
        look={look}
        label={`${item.name} thumbnail`}
        caption=""
      />
    </div>
  );
}

/**
 * A gallery thumbnail, drawn only once it scrolls near the view: 160-odd live renders at once
 * would make the gallery slow to open.
 */
export function Thumbnail({
  item,
  look,
  root,
}: {
  item: GalleryItem;
  look: Omit<CellLook, 'onImageFail'>;
  root: HTMLElement | null;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const node = box.current;
    if (!node || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { root, rootMargin: '200px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [root, seen]);
  return (
    <div
      ref={box}
      aria-hidden="true"
      data-thumbnail={seen ? 'drawn' : 'waiting'}
      className="flex items-center justify-center overflow-hidden"
      style={BOX}
    >
      {seen && <Drawn item={item} look={look} />}
    </div>
  );
}
