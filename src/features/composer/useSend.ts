import { useState } from 'react';
import { useTilecast } from '../../store/react';
import { cloudRequest, httpResult, pageCloud, type HttpResult } from './cloud';
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
  const [cloud] = useState(pageCloud);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [sending, setSending] = useState(false);

  async function run(draft: Draft, target: Target) {
    setSending(true);
    try {
      const app = serviceApps[target.appId];
      if (target.service === 'wns' && !app)
        return setOutcome({ error: `${target.name} has no WNS registration` });
      const credentials = app && { clientId: app.packageSid, clientSecret: app.clientSecret };
      // The request the composer shows is the one that went out: the last one built.
      let request = buildRequest(draft, target.uri);
      const sent = await cloud.exchange(
        { service: target.service, uri: target.uri, credentials },
        (token) => {
          request = buildRequest(draft, target.uri, token);
          return cloudRequest(request);
        },
      );
      setOutcome({ request, result: httpResult(sent.result) });
    } catch (error) {
      setOutcome({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setSending(false);
    }
  }
  const token = (appId: string) => {
    const app = serviceApps[appId];
    return app && cloud.cachedToken(app.packageSid);
  };
  return { run, outcome, sending, token };
}
