import { randomString, type Random } from '../random';
import type { ServiceApp, ServiceState } from '../state';

const digits = (random: Random, n: number) => randomString(random, n, '0123456789');

/** Registers an app with the Store: a Package SID and a client secret, as the dashboard shows. */
export function registerApp(
  state: ServiceState,
  appId: string,
  name: string,
  random: Random,
): { state: ServiceState; app: ServiceApp } {
  const sid = `ms-app://s-1-15-2-${[10, 10, 10, 10, 10, 10, 10].map(() => digits(random, 10)).join('-')}`;
  const app: ServiceApp = {
    appId,
    name,
    packageSid: sid,
    // Store secrets are 32 URL-safe characters.
    clientSecret: randomString(
      random,
      32,
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
    ),
  };
  return { state: { ...state, apps: { ...state.apps, [appId]: app } }, app };
}
