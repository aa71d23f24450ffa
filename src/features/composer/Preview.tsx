import { lazy, Suspense, useId, useState } from 'react';
import { deviceProfiles, profileOf, RemoteImages } from '../../renderers';
import { PayloadSizes } from '../../renderers/PayloadSizes';
import { imageRuleOf, type PayloadPreview } from '../../store';
import { useTilecast } from '../../store/react';
import { useLook } from './use-look';

const ContactSheet = lazy(() => import('./ContactSheet'));

/**
 * What the phone would show, without sending: the payload at every tile size of the chosen
 * device profile (the phone's own by default) and the toast, drawn by the phone's renderers,
 * with the diagnostics that would make the phone drop it. Payload text is React text only.
 */
export function Preview({
  preview,
  appId,
  remote,
}: {
  preview: PayloadPreview;
  appId?: string;
  /** Set while remote images wait for the viewer's consent (a payload from a shared link). */
  remote?: { hosts: string[]; allow(): void };
}) {
  const phoneProfile = useTilecast((s) => s.display.profile);
  const [picked, setPicked] = useState<string>();
  const [sheetOpen, setSheetOpen] = useState(false);
  const profile = profileOf(picked ?? phoneProfile);
  const look = useLook(appId);
  const pickerId = useId();
  const n = preview.notification;
  const blocked = remote !== undefined && remote.hosts.length > 0;
  return (
    <RemoteImages.Provider value={{ blocked: remote !== undefined }}>
      <section
        aria-label="Preview"
        className="flex flex-col gap-2 rounded border border-neutral-800 p-2"
      >
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="text-sm font-semibold">Preview</h3>
          <label htmlFor={pickerId} className="ml-auto text-xs text-neutral-400">
            Preview profile
          </label>
          <select
            id={pickerId}
            value={profile.id}
            onChange={(e) => setPicked(e.target.value)}
            className="rounded border border-neutral-700 bg-neutral-950 px-1 py-0.5 text-xs"
          >
            {deviceProfiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
                {p.id === phoneProfile ? ' (phone)' : ''}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!n}
            onClick={() => setSheetOpen(true)}
            className="rounded border border-neutral-700 px-2 py-0.5 text-xs disabled:opacity-50"
          >
            Contact sheet
          </button>
        </div>
        {blocked && (
          <div
            role="group"
            aria-label="Remote images"
            className="flex flex-wrap items-center gap-2 rounded bg-neutral-800 px-2 py-1 text-xs"
          >
            <p className="min-w-0 flex-1">
              This payload came from a shared link. Its images from {remote.hosts.join(', ')} were
              not loaded: loading them tells{' '}
              {remote.hosts.length > 1 ? 'those servers' : 'that server'} you opened the link.
            </p>
            <button
              type="button"
              onClick={remote.allow}
              className="rounded border border-neutral-600 px-2 py-0.5"
            >
              Load remote images
            </button>
          </div>
        )}
        {preview.diagnostics.length > 0 && (
          <ul aria-label="Diagnostics" className="text-xs text-red-400">
            {preview.diagnostics.map((d, i) => (
              <li key={i}>
                The phone would drop it: {d.message}
                {d.line !== undefined && ` at line ${d.line}, column ${d.column}`} [{d.rule}]
              </li>
            ))}
          </ul>
        )}
        {n && (
          <PayloadSizes
            payload={n}
            profile={profile}
            look={look}
            imageRule={imageRuleOf(profile.id)}
          />
        )}
        {sheetOpen && n && (
          <Suspense fallback={<p className="text-xs">Loading the contact sheet…</p>}>
            <ContactSheet payload={n} look={look} onClose={() => setSheetOpen(false)} />
          </Suspense>
        )}
      </section>
    </RemoteImages.Provider>
  );
}
