import { parseWnsPayload } from '../protocol/wns/payload';
import { pushServiceOf } from './apps';
import { hideDueBanner } from './banner';
import type { DeviceResult } from './events';
import { drop } from './log';
import { receiveMpns } from './mpns/receive';
import type { DeviceState, IncomingNotification, InstalledApp, Outcome } from './state';
import { receiveWnsCommand } from './wns/checks';
import { receiveWns } from './wns/receive';
import { expireWnsTiles } from './wns/tiles';

export { drop };

type Dropped = Extract<Outcome, { kind: 'dropped' }>;
type At = { line?: number; column?: number };

const dropped = (rule: string, reason: string, at: At = {}): Dropped => ({
  kind: 'dropped',
  reason,
  diagnostic: { rule, message: reason, severity: 'error', ...at },
});

/** The one answer to "is this app installed?", for both services. */
const notInstalled = (at?: At) =>
  dropped('app.uninstalled', 'the app is not installed (uninstalled)', at);

const names = { wns: 'WNS', mpns: 'MPNS' } as const;

/**
 * An app uses one push service: a Windows Phone 8.1 app declares MPNS or WNS in its manifest.
 * Tilecast takes the service of the channel the app opened last; a notification that still
 * arrives through the other one is dropped, so the Start screen, the snapshot and the journal
 * never show two services' tiles for one app.
 */
function otherService(app: InstalledApp, service: 'wns' | 'mpns', at?: At): Dropped | undefined {
  const uses = pushServiceOf(app);
  if (!uses || uses === service) return undefined;
  return dropped(
    'app.pushService',
    `${app.name} uses ${names[uses]} (the channel it opened last), so this ${names[service]} notification was dropped: an app uses one push service`,
    at,
  );
}

/** The phone's push client and shell handle one notification the service delivered. */
export function receive(
  state: DeviceState,
  incoming: IncomingNotification,
  now: number,
): DeviceResult {
  // WNS drops point at the payload's root element, so the payload is read first.
  const parsed =
    incoming.service === 'wns' && !incoming.match
      ? parseWnsPayload(incoming.type, incoming.body)
      : undefined;
  const at = parsed?.ok ? parsed.at : undefined;
  const app = state.apps[incoming.appId];
  if (!app) return drop(state, incoming, now, notInstalled(at));
  const refused = otherService(app, incoming.service, at);
  if (refused) return drop(state, incoming, now, refused);
  if (incoming.service === 'mpns') return receiveMpns(state, app, incoming, now);
  if (incoming.match) return receiveWnsCommand(state, incoming, incoming.match);
  return receiveWns(state, app, incoming, parsed!, now);
}

/**
 * Time passes on the virtual clock: the banner whose time is up leaves, and WNS tile updates
 * past their X-WNS-TTL (or 3 days) leave their tile. [S10, S15]
 */
export function tick(state: DeviceState, now: number): DeviceResult {
  const banner = hideDueBanner(state, now);
  const tiles = expireWnsTiles(banner.state, now);
  return { state: tiles.state, events: [...banner.events, ...tiles.events] };
}

/** Tapping a toast launches its app with the toast's launch arguments. */
export function tapToast(state: DeviceState, toastId: string): DeviceState {
  const toast =
    state.banner?.id === toastId ? state.banner : state.actionCenter.find((t) => t.id === toastId);
  if (!toast) return state;
  const app = state.apps[toast.appId];
  if (!app) return state;
  return {
    ...state,
    banner: null,
    actionCenter: state.actionCenter.filter((t) => t.id !== toastId),
    apps: {
      ...state.apps,
      [app.appId]: { ...app, runState: 'foreground', launchedWith: toast.toast.launch ?? '' },
    },
  };
}
