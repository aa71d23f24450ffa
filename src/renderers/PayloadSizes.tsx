import { useState } from 'react';
import { PayloadCell, type CellLook } from './PayloadCell';
import type { DeviceProfile } from './profiles';
import { payloadUnsupported, sizeVerdicts, type PayloadView } from './sizes';

/** Every image `src` the payload names, to match failures against the payload on show. */
function imageSources(payload: PayloadView): Set<string> {
  if (payload.kind === 'wnsTile')
    return new Set(payload.bindings.flatMap((b) => b.images.map((i) => i.src)));
  if (payload.kind === 'toast') return new Set(payload.images.map((i) => i.src));
  if (payload.kind === 'mpnsTile') return new Set(payload.changes.map((c) => c.value));
  return new Set();
}

const captionOf = (payload: PayloadView, size: string) =>
  payload.kind === 'wnsTile'
    ? (payload.bindings.find((b) => b.size === size)?.template ?? 'no binding')
    : payload.kind === 'mpnsTile'
      ? payload.template
      : 'badge';

/**
 * One payload at every tile size of one device profile (plus the toast), drawn by the phone's
 * own renderers, with what the phone would do about images that fail. The composer's preview
 * and the contact sheet both build on the same cells.
 */
export function PayloadSizes({
  payload,
  profile,
  look,
  showAbsentSizes = false,
  imageRule,
}: {
  payload: PayloadView;
  profile: DeviceProfile;
  /** The profile's image rule (the phone's, from device/profile-rules.ts through the store). */
  imageRule: 'dropNotification' | 'dropImage';
  look: Omit<CellLook, 'onImageFail'>;
  /** Also list the sizes the profile does not have, as "not supported". */
  showAbsentSizes?: boolean;
}) {
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const onImageFail = (src: string) => setFailed((f) => (f.has(src) ? f : new Set([...f, src])));
  const cellLook = { ...look, onImageFail };
  const sources = imageSources(payload);
  const failures = [...failed].filter((src) => sources.has(src));
  const isTile =
    payload.kind === 'wnsTile' || payload.kind === 'mpnsTile' || payload.kind === 'badge';
  const unsupported = payloadUnsupported(payload, profile);
  return (
    <div className="flex flex-col gap-2" data-profile={profile.id}>
      {failures.length > 0 && (
        <ul aria-label="Image diagnostics" className="text-xs text-amber-300">
          {failures.map((src) => (
            <li key={src}>
              {imageRule === 'dropNotification'
                ? `The phone would drop it: image ${src} could not load (Windows 8 rule)`
                : `Image ${src} could not load; ${profile.label} shows the rest without it`}
            </li>
          ))}
        </ul>
      )}
      {payload.kind === 'raw' && (
        <p className="text-xs">Raw: {payload.bytes.length} bytes for the app&apos;s code</p>
      )}
      {isTile && (
        <div className="flex flex-wrap items-start gap-2">
          {sizeVerdicts(payload, profile)
            .filter((v) => showAbsentSizes || profile.tiles[v.size])
            .map(({ size, ...verdict }) => (
              <PayloadCell
                key={size}
                payload={payload}
                size={size}
                verdict={verdict}
                profile={profile}
                look={cellLook}
                label={`${size} tile preview`}
                caption={`${size} · ${captionOf(payload, size)}`}
              />
            ))}
        </div>
      )}
      {payload.kind === 'toast' && (
        <PayloadCell
          payload={payload}
          size="toast"
          verdict={unsupported ? { supported: false, reason: unsupported } : { supported: true }}
          profile={profile}
          look={cellLook}
          label="Toast preview"
          caption={`toast · ${payload.template} · ${profile.toast}`}
        />
      )}
    </div>
  );
}
