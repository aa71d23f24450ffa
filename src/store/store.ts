import { createStore, type StoreApi } from 'zustand/vanilla';
import * as device from '../device';
import type { PushRequest, PushResponse, PushServiceKind } from '../protocol/types';
import * as service from '../service';
import { systemTime, virtualNow, type Clock, type RealTime } from './clock';
import {
  initialInspectorState,
  inspectorActions,
  keepJournalRing,
  type InspectorActions,
  type InspectorState,
} from './inspector-actions';
import type { JournalEntry, LifecycleEntry, RequestSource } from './journal';
import { phoneActions } from './phone-actions';
import { pushActions } from './push-actions';

export const SAMPLE_APP = 'Contoso News';

export type OpenChannelOptions = {
  service: PushServiceKind;
  app?: string;
  authenticated?: boolean;
};

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
  inspector: InspectorState;
};

export type TilecastActions = {
  now(): number;
  /** The push service's front door: every request, from any transport, comes through here. */
  receive(request: PushRequest, source?: RequestSource): PushResponse;
  /** Time passes: release what the service held back and is now due. */
  tick(): void;
  advanceClock(ms: number): void;
  installApp(name: string): string;
  uninstallApp(appId: string): void;
  openChannel(options: OpenChannelOptions): ChannelInfo;
  setConnection(connection: device.ConnectionState): void;
  setAppState(appId: string, runState: device.AppRunState): void;
  updateAppSettings(appId: string, settings: Partial<device.AppSettings>): void;
  dismissBanner(): void;
  tapToast(toastId: string): void;
  closeApp(appId: string): void;
};

export type TilecastStore = StoreApi<TilecastState & TilecastActions & InspectorActions>;
export type Set = TilecastStore['setState'];
export type Get = TilecastStore['getState'];

/** What the action groups share: the clock, the id source and the journal writer. */
export type StoreContext = {
  now(): number;
  env(): service.Env;
  random: service.Random;
  lifecycle(appId: string, event: LifecycleEntry['event'], detail: string): void;
};

export type StoreOptions = { seed?: number; realNow?: RealTime; sampleApp?: boolean };

export const initialState = (): TilecastState => ({
  clock: { offsetMs: 0 },
  service: service.initialServiceState(),
  device: device.initialDeviceState(),
  journal: [],
  seq: 0,
  inspector: initialInspectorState(),
});

export function createTilecastStore(options: StoreOptions = {}): TilecastStore {
  const realNow = options.realNow ?? systemTime;
  // Without a seed, ids differ per page load, as real channel URIs and tokens do.
  const random = service.seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32));

  const store = createStore<TilecastState & TilecastActions & InspectorActions>()((set, get) => {
    const now = () => virtualNow(get().clock, realNow);
    const context: StoreContext = {
      now,
      random,
      env: () => ({ now: now(), random }),
      lifecycle(appId, event, detail) {
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
      },
    };
    return {
      ...initialState(),
      now,
      ...pushActions(set, get, context),
      ...phoneActions(set, get, context),
      ...inspectorActions(set, get, () => {
        set(initialState());
        openSample();
      }),
    };
  });
  const openSample = () => {
    if (options.sampleApp !== false)
      store.getState().openChannel({ service: 'wns', app: SAMPLE_APP });
  };

  keepJournalRing(store, realNow);
  openSample();
  return store;
}
