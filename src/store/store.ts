import { createStore, type StoreApi } from 'zustand/vanilla';
import * as device from '../device';
import type { PushRequest, PushResponse, PushServiceKind } from '../protocol/types';
import * as service from '../service';
import { advance, systemTime, virtualNow, type Clock, type RealTime } from './clock';
import {
  requestEntry,
  type JournalEntry,
  type LifecycleEntry,
  type RequestSource,
} from './journal';

export const SAMPLE_APP = 'Contoso News';

export type OpenChannelOptions = { service: PushServiceKind; app?: string };

export type ChannelInfo = {
  uri: string;
  service: PushServiceKind;
  appId: string;
  expiresAt: number;
  credentials?: { clientId: string; clientSecret: string };
};

export type TilecastState = {
  clock: Clock;
  service: service.ServiceState;
  device: device.DeviceState;
  journal: JournalEntry[];
  seq: number;
};

export type TilecastActions = {
  now(): number;
  /** The push service's front door: every request, from any transport, comes through here. */
  receive(request: PushRequest, source?: RequestSource): PushResponse;
  installApp(name: string): string;
  openChannel(options: OpenChannelOptions): ChannelInfo;
  advanceClock(ms: number): void;
  dismissBanner(): void;
  tapToast(toastId: string): void;
  closeApp(appId: string): void;
};

export type TilecastStore = StoreApi<TilecastState & TilecastActions>;

export type StoreOptions = { seed?: number; realNow?: RealTime; sampleApp?: boolean };

const initialState = (): TilecastState => ({
  clock: { offsetMs: 0 },
  service: service.initialServiceState(),
  device: device.initialDeviceState(),
  journal: [],
  seq: 0,
});

export function createTilecastStore(options: StoreOptions = {}): TilecastStore {
  const realNow = options.realNow ?? systemTime;
  // Without a seed, ids differ per page load, as real channel URIs and tokens do.
  const random = service.seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32));

  const store = createStore<TilecastState & TilecastActions>()((set, get) => {
    const now = () => virtualNow(get().clock, realNow);
    const env = () => ({ now: now(), random });

    const lifecycle = (appId: string, event: LifecycleEntry['event'], detail: string) => {
      const seq = get().seq + 1;
      const entry: LifecycleEntry = {
        kind: 'lifecycle',
        id: `entry-${seq}`,
        seq,
        at: now(),
        appId,
        event,
        detail,
      };
      set({ seq, journal: [...get().journal, entry] });
    };

    return {
      ...initialState(),
      now,

      receive(request, source = 'page') {
        const e = env();
        const result = service.handleRequest(get().service, request, e);
        let phone = get().device;
        const outcomes = result.deliveries.map((delivery) => {
          const received = device.receive(phone, delivery, e.now);
          phone = received.state;
          return received.outcome;
        });
        const seq = get().seq + 1;
        const entry = requestEntry(seq, e.now, source, request, result, outcomes);
        set({ service: result.state, device: phone, seq, journal: [...get().journal, entry] });
        return result.response;
      },

      installApp(name) {
        const existing = device.findAppByName(get().device, name);
        if (existing) return existing.appId;
        const appId = `app-${get().device.appOrder.length + 1}`;
        const registered = service.registerApp(get().service, appId, name, random);
        set({ service: registered.state, device: device.installApp(get().device, appId, name) });
        lifecycle(
          appId,
          'appInstalled',
          `${name} installed (Package SID ${registered.app.packageSid})`,
        );
        return appId;
      },

      openChannel({ service: kind, app = SAMPLE_APP }) {
        if (kind !== 'wns')
          throw new Error('MPNS channels are not yet supported by this Tilecast build');
        const appId = get().installApp(app);
        const e = env();
        const credentials = get().service.apps[appId]!;
        const creds = { clientId: credentials.packageSid, clientSecret: credentials.clientSecret };
        // Like CreatePushNotificationChannelForApplicationAsync: a still-valid channel is reused.
        const existingUri = get().device.apps[appId]?.channels.wns;
        const existing = Object.values(get().service.channels).find((c) => c.uri === existingUri);
        if (existing && existing.expiresAt > e.now) {
          return {
            uri: existing.uri,
            service: 'wns',
            appId,
            expiresAt: existing.expiresAt,
            credentials: creds,
          };
        }
        const opened = service.openWnsChannel(get().service, appId, e);
        set({
          service: opened.state,
          device: device.recordChannel(get().device, appId, 'wns', opened.channel.uri),
        });
        lifecycle(appId, 'channelOpened', `WNS channel opened: ${opened.channel.uri}`);
        return {
          uri: opened.channel.uri,
          service: 'wns',
          appId,
          expiresAt: opened.channel.expiresAt,
          credentials: creds,
        };
      },

      advanceClock(ms) {
        set({ clock: advance(get().clock, ms) });
      },
      dismissBanner() {
        set({ device: device.dismissBanner(get().device) });
      },
      tapToast(toastId) {
        set({ device: device.tapToast(get().device, toastId) });
      },
      closeApp(appId) {
        set({ device: device.closeApp(get().device, appId) });
      },
    };
  });

  if (options.sampleApp !== false)
    store.getState().openChannel({ service: 'wns', app: SAMPLE_APP });
  return store;
}
