import { secretString, type Secret } from '../random';
import type { ServiceApp, ServiceState } from '../state';

const digits = (secret: Secret, n: number) => secretString(secret, n, '0123456789');

/**
 * Registers an app with the Store: a Package SID and a client secret, as the dashboard shows.
 * Both are credentials (together they get access tokens), so both come from `secret`.
 */
export function registerApp(
  state: ServiceState,
  appId: string,
  name: string,
  secret: Secret,
): { state: ServiceState; app: ServiceApp } {
  const sid = `ms-app://s-1-15-2-${[10, 10, 10, 10, 10, 10, 10].map(() => digits(secret, 10)).join('-')}`;
  const app: ServiceApp = {
    appId,
    name,
    packageSid: sid,
    // Store secrets are 32 URL-safe characters.
    clientSecret: secretString(
      secret,
      32,
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
    ),
  };
  return { state: { ...state, apps: { ...state.apps, [appId]: app } }, app };
}
