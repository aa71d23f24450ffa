import { useId, useRef, useState } from 'react';
import { relayUriFor } from '../../store';
import { useTilecast } from '../../store/react';
import { postNotification, requestToken, type HttpResult } from './cloud';
import { RelayStatus } from './RelayStatus';
import { SendResult } from './SendResult';
import { toastText02 } from './templates';

/** The cloud service: compose a WNS toast, get a token, POST it to the app's channel URI. */
export function Composer() {
  const appOrder = useTilecast((s) => s.device.appOrder);
  const appNames = useTilecast((s) => s.device.apps);
  const [appId, setAppId] = useState<string | undefined>(undefined);
  const selected = appId ?? appOrder[0];
  const app = useTilecast((s) => (selected ? s.service.apps[selected] : undefined));
  const channelUri = useTilecast((s) =>
    selected ? s.device.apps[selected]?.channels.wns : undefined,
  );

  const [title, setTitle] = useState('Breaking news');
  const [body, setBody] = useState('Tilecast delivered this toast through an emulated WNS.');
  const [xml, setXml] = useState(() => toastText02(title, body));
  const [result, setResult] = useState<HttpResult | { error: string } | null>(null);
  const [sending, setSending] = useState(false);
  // A cloud service caches its access token until WNS says it expired.
  const tokens = useRef(new Map<string, string>());
  const ids = { app: useId(), title: useId(), body: useId(), xml: useId() };

  const setField = (field: 'title' | 'body', value: string) => {
    const next = { title, body, [field]: value };
    if (field === 'title') setTitle(value);
    else setBody(value);
    setXml(toastText02(next.title, next.body));
  };

  async function send() {
    if (!app || !channelUri) return;
    setSending(true);
    try {
      const credentials = { clientId: app.packageSid, clientSecret: app.clientSecret };
      let token = tokens.current.get(app.appId);
      let fresh = false;
      if (!token) {
        const issued = await requestToken(credentials);
        if (!issued.token) return setResult(issued.result);
        token = issued.token;
        fresh = true;
      }
      let sent = await postNotification(channelUri, token, 'wns/toast', xml);
      if (sent.status === 401 && !fresh) {
        // Tokens last 24 h: on 401, get a new one and retry once, as WNS asks. [S15]
        const issued = await requestToken(credentials);
        if (!issued.token) return setResult(issued.result);
        token = issued.token;
        sent = await postNotification(channelUri, token, 'wns/toast', xml);
      }
      tokens.current.set(app.appId, token);
      setResult(sent);
    } catch (error) {
      setResult({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setSending(false);
    }
  }

  const input = 'w-full rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-sm';
  return (
    <section aria-label="Composer" className="flex min-h-0 flex-col gap-3 overflow-y-auto">
      <h2 className="font-semibold">Composer · cloud service</h2>
      <label htmlFor={ids.app} className="text-sm text-neutral-400">
        App
      </label>
      <select
        id={ids.app}
        className={input}
        value={selected}
        onChange={(e) => setAppId(e.target.value)}
      >
        {appOrder.map((id) => (
          <option key={id} value={id}>
            {appNames[id]?.name}
          </option>
        ))}
      </select>
      {app && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
          <dt className="text-neutral-400">Package SID</dt>
          <dd className="font-mono break-all">{app.packageSid}</dd>
          <dt className="text-neutral-400">Client secret</dt>
          <dd className="font-mono break-all">{app.clientSecret}</dd>
          <dt className="text-neutral-400">Channel URI</dt>
          <dd className="font-mono break-all">{channelUri ?? 'no channel open'}</dd>
          {channelUri && (
            <>
              <dt className="text-neutral-400">Relay URI</dt>
              <dd className="font-mono break-all">{relayUriFor(channelUri)}</dd>
            </>
          )}
        </dl>
      )}
      <RelayStatus />
      <label htmlFor={ids.title} className="text-sm text-neutral-400">
        Title (text 1)
      </label>
      <input
        id={ids.title}
        className={input}
        value={title}
        onChange={(e) => setField('title', e.target.value)}
      />
      <label htmlFor={ids.body} className="text-sm text-neutral-400">
        Body (text 2)
      </label>
      <input
        id={ids.body}
        className={input}
        value={body}
        onChange={(e) => setField('body', e.target.value)}
      />
      <label htmlFor={ids.xml} className="text-sm text-neutral-400">
        Payload XML (wns/toast)
      </label>
      <textarea
        id={ids.xml}
        className={`${input} h-44 font-mono text-xs`}
        spellCheck={false}
        autoCorrect="off"
        autoCapitalize="off"
        value={xml}
        onChange={(e) => setXml(e.target.value)}
      />
      <button
        type="button"
        disabled={!channelUri || sending}
        onClick={() => void send()}
        className="self-start rounded bg-sky-600 px-4 py-1.5 text-sm font-semibold disabled:opacity-50"
      >
        {sending ? 'Sending…' : 'Send toast'}
      </button>
      {result && <SendResult result={result} />}
    </section>
  );
}
