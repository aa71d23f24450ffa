import fc from 'fast-check';
import type { AppRunState, ConnectionState } from '../../device';
import { encodeUtf8 } from '../../protocol/http';
import type { PushRequest } from '../../protocol/types';
import { createTilecastStore, type TilecastStore } from '../store';
import { tokenRequest } from '../test-requests';
import { MPNS_PAYLOADS, WNS_PAYLOADS, type PayloadKind } from './corpus';

// A user's journey as random steps: installs, channel opens, pushes of every kind through both
// services, connection and app-state changes, clock advances. Test-only.

export const APPS = ['Contoso News', 'Fabrikam Weather', 'Northwind Mail'] as const;
type App = (typeof APPS)[number];
type Service = 'wns' | 'mpns';

export type JourneyStep =
  | { kind: 'install'; app: App }
  | { kind: 'open'; app: App; service: Service }
  | { kind: 'push'; app: App; service: Service; type: PayloadKind; pick: number; cls: number }
  | { kind: 'connection'; value: ConnectionState }
  | { kind: 'appState'; app: App; runState: AppRunState }
  | { kind: 'clock'; ms: number };

const app = fc.constantFrom(...APPS);
const service = fc.constantFrom<Service>('wns', 'mpns');

export const journeyStep: fc.Arbitrary<JourneyStep> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('install' as const), app }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('open' as const), app, service }) },
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('push' as const),
      app,
      service,
      type: fc.constantFrom<PayloadKind>('toast', 'tile', 'badge', 'raw'),
      pick: fc.nat(),
      // Mostly immediate; sometimes an MPNS batching interval (450 s, 900 s). [S28]
      cls: fc.constantFrom(0, 0, 0, 10, 20),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('connection' as const),
      value: fc.constantFrom<ConnectionState>(
        'connected',
        'connected',
        'tempDisconnected',
        'disconnected',
        'inactive',
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('appState' as const),
      app,
      runState: fc.constantFrom<AppRunState>('notRunning', 'background', 'foreground'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      // Seconds (banners), minutes (batching) and days (tokens, TTLs, tile expiry).
      ms: fc.oneof(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 4 * 86_400_000 }),
      ),
    }),
  },
);

/** The sample app on WNS, a second app on MPNS, a third installed without a channel. */
export function newPhone(seed: number): TilecastStore {
  const store = createTilecastStore({ seed, realNow: () => 1_700_000_000_000 });
  store.getState().openChannel({ service: 'mpns', app: 'Fabrikam Weather' });
  store.getState().installApp('Northwind Mail');
  return store;
}

const WNS_TYPE = { toast: 'wns/toast', tile: 'wns/tile', badge: 'wns/badge', raw: 'wns/raw' };
const MPNS_TARGET = { toast: 'toast', tile: 'token', badge: 'token', raw: undefined };
const MPNS_CLASS = { toast: 2, tile: 1, badge: 1, raw: 3 };

function pushRequest(
  store: TilecastStore,
  step: Extract<JourneyStep, { kind: 'push' }>,
): PushRequest | undefined {
  const state = store.getState();
  const found = Object.values(state.device.apps).find((a) => a.name === step.app);
  if (!found) return undefined;
  // Without a channel of the chosen service, the app's other channel (if any) is used.
  const service = found.channels[step.service]
    ? step.service
    : step.service === 'wns'
      ? 'mpns'
      : 'wns';
  const uri = found.channels[service];
  if (!uri) return undefined;
  if (service === 'mpns') {
    const options = MPNS_PAYLOADS[step.type === 'badge' ? 'tile' : step.type];
    const headers: Record<string, string> = {
      'content-type': 'text/xml',
      'x-notificationclass': String(MPNS_CLASS[step.type] + step.cls),
    };
    const target = MPNS_TARGET[step.type];
    if (target) headers['x-windowsphone-target'] = target;
    const body = encodeUtf8(options[step.pick % options.length]!);
    return { method: 'POST', url: uri, headers, body };
  }
  const registered = state.service.apps[found.appId]!;
  const answer = state.receive(tokenRequest(registered.packageSid, registered.clientSecret));
  const token = (JSON.parse(answer.body) as { access_token: string }).access_token;
  const options = WNS_PAYLOADS[step.type];
  return {
    method: 'POST',
    url: uri,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': step.type === 'raw' ? 'application/octet-stream' : 'text/xml',
      'x-wns-type': WNS_TYPE[step.type],
    },
    body: encodeUtf8(options[step.pick % options.length]!),
  };
}

/** Runs one step through the store's public actions, as the UI or a test would. */
export function runJourneyStep(store: TilecastStore, step: JourneyStep): void {
  const state = store.getState();
  const appId = (name: string) =>
    Object.values(state.device.apps).find((a) => a.name === name)?.appId;
  switch (step.kind) {
    case 'install':
      state.installApp(step.app);
      return;
    case 'open':
      state.openChannel({ service: step.service, app: step.app });
      return;
    case 'push': {
      const request = pushRequest(store, step);
      if (request) store.getState().dispatch(request);
      return;
    }
    case 'connection':
      state.setConnection(step.value);
      return;
    case 'appState': {
      const id = appId(step.app);
      if (id) state.setAppState(id, step.runState);
      return;
    }
    case 'clock':
      state.advanceClock(step.ms);
      return;
  }
}
