import { useRef, useState } from 'react';
import { useTilecast } from '../../store/react';
import { requestToken, send, type HttpResult } from './cloud';
import { buildRequest, type Draft, type HttpRequest } from './request';

export type Target = {
  key: string;
  appId: string;
  name: string;
  service: 'wns' | 'mpns';
  uri: string;
};
export type SendOutcome = { result: HttpResult; request: HttpRequest } | { error: string };

/** Every open channel of every installed app, WNS and MPNS. */
export function useTargets(): Target[] {
  const apps = useTilecast((s) => s.device.apps);
  const order = useTilecast((s) => s.device.appOrder);
  return order.flatMap((appId) => {
    const app = apps[appId];
    if (!app) return [];
    return (['wns', 'mpns'] as const).flatMap((service) => {
      const uri = app.channels[service];
      return uri ? [{ key: `${appId}:${service}`, appId, name: app.name, service, uri }] : [];
    });
  });
}

/** Sends a draft like a cloud service: WNS gets (or reuses) a token first and retries once on 401. */
export function useSend() {
  const serviceApps = useTilecast((s) => s.service.apps);
  const tokens = useRef(new Map<string, string>());
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [sending, setSending] = useState(false);

  async function run(draft: Draft, target: Target) {
    setSending(true);
    try {
      if (target.service === 'mpns') {
        const request = buildRequest(draft, target.uri);
        return setOutcome({ request, result: await send(request) });
      }
      const app = serviceApps[target.appId];
      if (!app) return setOutcome({ error: `${target.name} has no WNS registration` });
      const credentials = { clientId: app.packageSid, clientSecret: app.clientSecret };
      let token = tokens.current.get(app.appId);
      let fresh = false;
      if (!token) {
        const issued = await requestToken(credentials);
        if (!issued.token)
          return setOutcome({ result: issued.result, request: buildRequest(draft, target.uri) });
        token = issued.token;
        fresh = true;
      }
      let request = buildRequest(draft, target.uri, token);
      let result = await send(request);
      if (result.status === 401 && !fresh) {
        // Tokens last 24 h: on 401, get a new one and retry once, as WNS asks. [S15]
        const issued = await requestToken(credentials);
        if (!issued.token) return setOutcome({ result: issued.result, request });
        token = issued.token;
        request = buildRequest(draft, target.uri, token);
        result = await send(request);
      }
      tokens.current.set(app.appId, token);
      setOutcome({ request, result });
    } catch (error) {
      setOutcome({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setSending(false);
    }
  }
  const token = (appId: string) => tokens.current.get(appId);
  return { run, outcome, sending, token };
}
