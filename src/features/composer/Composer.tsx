import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { previewPayload } from '../../store';
import { ChannelPicker } from './ChannelPicker';
import { DeliveryOptionsForm } from './DeliveryOptions';
import { SEND_ID } from './ids';
import { gallery, type GalleryItem } from './gallery';
import { LibraryPanel } from './LibraryPanel';
import { PayloadForm } from './PayloadForm';
import { buildRequest, defaultOptions, type Draft } from './request';
import { RelayStatus } from './RelayStatus';
import { RequestPanel } from './RequestPanel';
import { SendResult } from './SendResult';
import { allowRemoteImages, remoteImageHosts, remoteImagesAllowed } from './remote-images';
import { readShareLink } from './share';
import { TemplatePicker } from './TemplatePicker';
import { useSend, useTargets } from './useSend';
import { XmlField } from './XmlField';

// The preview (renderer grid, profile picker) loads after the first page, like the XML editor.
const Preview = lazy(() => import('./Preview').then((m) => ({ default: m.Preview })));
// The gallery of live thumbnails loads when it is opened.
const Gallery = lazy(() => import('./Gallery'));

const fromItem = (item: GalleryItem, options = defaultOptions): Draft => ({
  template: item.id,
  service: item.service,
  type: item.type,
  xml: item.xml,
  options,
});

const sendWord: Record<string, string> = {
  token: 'tile',
  'wns/tile': 'tile',
  'wns/badge': 'badge',
};

/** The cloud service: pick or write a payload, preview it, and POST it to any open channel. */
export function Composer() {
  // A share link is input from anyone: one that does not read as a draft opens the gallery.
  const [link] = useState(() => readShareLink(location.hash));
  const [draft, setDraft] = useState<Draft>(() =>
    link && 'draft' in link ? link.draft : fromItem(gallery[0]!),
  );
  // A payload from a shared link was written by someone else: its remote images wait for consent.
  const [fromShare, setFromShare] = useState(() => link !== undefined && 'draft' in link);
  const [remoteAllowed, setRemoteAllowed] = useState(() => remoteImagesAllowed(sessionStorage));
  const openDraft = (next: Draft) => {
    setFromShare(false);
    setDraft(next);
  };
  const targets = useTargets().filter((t) => t.service === draft.service);
  const [targetKey, setTargetKey] = useState<string | undefined>(undefined);
  const target = targets.find((t) => t.key === targetKey) ?? targets[0];
  const { run, outcome, sending, token } = useSend();
  const [galleryOpen, setGalleryOpen] = useState(false);

  const deferredXml = useDeferredValue(draft.xml);
  const preview = useMemo(
    () => previewPayload(draft.service, draft.type, deferredXml),
    [draft.service, draft.type, deferredXml],
  );
  const live = useMemo(() => previewPayload(draft.service, draft.type, draft.xml), [draft]);
  const setXml = (xml: string) => setDraft((d) => ({ ...d, xml }));
  const request = buildRequest(
    draft,
    target?.uri ?? 'https://channel.invalid/',
    target ? token(target.appId) : undefined,
  );
  const typeLabel = draft.service === 'wns' ? draft.type : `mpns ${draft.type}`;
  const word = sendWord[draft.type] ?? draft.type.replace('wns/', '');

  return (
    <section aria-label="Composer" className="flex min-h-0 flex-col gap-3 overflow-y-auto">
      <h2 className="font-semibold">Composer · cloud service</h2>
      {link && 'problem' in link && (
        <p role="alert" className="rounded bg-amber-900 px-2 py-1 text-xs">
          This share link could not be opened: {link.problem}. The composer starts from the gallery
          instead.
        </p>
      )}
      <div className="flex items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col">
          <TemplatePicker
            value={draft.template}
            onPick={(item) => openDraft(fromItem(item, draft.options))}
          />
        </div>
        <button
          type="button"
          onClick={() => setGalleryOpen(true)}
          className="rounded border border-neutral-600 px-3 py-1 text-sm hover:border-sky-500"
        >
          Gallery…
        </button>
      </div>
      {galleryOpen && (
        <Suspense fallback={<p className="text-xs text-neutral-500">Loading the gallery…</p>}>
          <Gallery
            value={draft.template}
            onPick={(item) => openDraft(fromItem(item, draft.options))}
            onClose={() => setGalleryOpen(false)}
          />
        </Suspense>
      )}
      <ChannelPicker
        service={draft.service}
        targets={targets}
        target={target}
        onPick={setTargetKey}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          id={SEND_ID}
          type="button"
          disabled={!target || sending}
          onClick={() => target && void run(draft, target)}
          className="rounded bg-sky-600 px-4 py-1.5 text-sm font-semibold disabled:opacity-50"
        >
          {sending ? 'Sending…' : `Send ${word}`}
        </button>
        <RelayStatus />
      </div>
      {outcome && <SendResult outcome={outcome} />}
      <Suspense fallback={<p className="text-xs text-neutral-500">Loading the preview…</p>}>
        <Preview
          preview={preview}
          appId={target?.appId}
          remote={
            fromShare && !remoteAllowed
              ? {
                  hosts: remoteImageHosts(deferredXml),
                  allow() {
                    allowRemoteImages(sessionStorage);
                    setRemoteAllowed(true);
                  },
                }
              : undefined
          }
        />
      </Suspense>
      <PayloadForm xml={draft.xml} wellFormed={live.wellFormed} onChange={setXml} />
      <XmlField
        label={`Payload XML (${typeLabel})`}
        value={draft.xml}
        onChange={setXml}
        diagnostics={live.diagnostics}
      />
      <details className="rounded border border-neutral-800 p-2">
        <summary className="cursor-pointer text-sm">Delivery options and request</summary>
        <div className="mt-2 flex flex-col gap-2">
          <DeliveryOptionsForm
            service={draft.service}
            options={draft.options}
            onChange={(options) => setDraft((d) => ({ ...d, options }))}
          />
          <RequestPanel request={request} />
        </div>
      </details>
      <LibraryPanel draft={draft} onOpen={openDraft} />
    </section>
  );
}
