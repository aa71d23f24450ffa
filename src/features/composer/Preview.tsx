import { lazy, Suspense, useId, useState } from 'react';
import { deviceProfiles, profileOf } from '../../components/notification';
import { PayloadSizes } from '../../components/notification/PayloadSizes';
import type { PayloadPreview } from '../../store';
import { useTilecast } from '../../store/react';
import { useLook } from './use-look';

const ContactSheet = lazy(() => import('./ContactSheet'));

/**
 * What the phone would show, without sending: the payload at every tile size of the chosen
 * device profile (the phone's own by default) and the toast, drawn by the phone's renderers,
 * with the diagnostics that would make the phone drop it. Payload text is React text only.
 */
export function Preview({ preview, appId }: { preview: PayloadPreview; appId?: string }) {
  const phoneProfile = useTilecast((s) => s.display.profile);
  const [picked, setPicked] = useState<string>();
  const [sheetOpen, setSheetOpen] = useState(false);
  const profile = profileOf(picked ?? phoneProfile);
  const look = useLook(appId);
  const pickerId = useId();
  const n = preview.notification;
  return (
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
      {n && <PayloadSizes payload={n} profile={profile} look={look} />}
      {sheetOpen && n && (
        <Suspense fallback={<p className="text-xs">Loading the contact sheet…</p>}>
          <ContactSheet payload={n} look={look} onClose={() => setSheetOpen(false)} />
        </Suspense>
      )}
    </section>
  );
}
