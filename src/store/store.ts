import { createStore } from 'zustand/vanilla';
import * as device from '../device';
import * as service from '../service';
import { systemTime, virtualNow } from './clock';
import { createCommit } from './commit';
import { createEventLog } from './event-log';
import { createLanding } from './landing';
import { initialInspectorState, inspectorActions } from './inspector-actions';
import { displayActions, initialDisplay } from './display';
import { Journal, type LifecycleEntry } from './journal';
import { mpnsActions } from './mpns-actions';
import { phoneActions } from './phone-actions';
import { pushActions } from './push-actions';
import { wnsActions } from './wns-actions';
// Issue 5 (images): failing images and designers' app packages.
import { imageActions } from './image-actions';
import { initialPackages, packageActions } from './package-actions';
import { storageRoleActions } from './storage-role';
import { initialRelayStatus, relayActions } from './relay-status';
import type {
  StoreContext,
  StoreOptions,
  TilecastState,
  TilecastStore,
  TilecastStoreState,
} from './store-types';

export type * from './store-types';

export const SAMPLE_APP = 'Contoso News';

export const initialState = (): TilecastState => ({
  clock: { offsetMs: 0 },
  service: service.initialServiceState(),
  device: device.initialDeviceState(),
  journal: Journal.empty(),
  seq: 0,
  relay: initialRelayStatus,
  storage: 'this-tab',
  inspector: initialInspectorState(),
  epoch: 0,
  display: initialDisplay(),
  ...initialPackages(),
});

export function createTilecastStore(options: StoreOptions = {}): TilecastStore {
  const realNow = options.realNow ?? systemTime;
  // Without a seed, ids differ per page load, as real channel URIs and tokens do.
  const seeded = (seed?: number) =>
    service.seededRandom(seed ?? Math.floor(Math.random() * 2 ** 32));
  let source = seeded(options.seed);
  const random: service.Random = () => source();
  // Secrets never come from the seed: a seed makes ids reproducible, not credentials.
  const secret: service.Secret = (bytes) => globalThis.crypto.getRandomValues(bytes);

  const log = createEventLog();
  // A relayed push's phone work, landed after its answer (landing.ts).
  const landing = createLanding();
  const store = createStore<TilecastStoreState>()((rawSet, rawGet) => {
    const get = landing.first(rawGet);
    const set = landing.first(rawSet);
    const now = () => virtualNow(get().clock, realNow);
    const commit = createCommit(set, get, log, realNow);
    const context: StoreContext = {
      now,
      random,
      secret,
      commit,
      later: landing.later,
      // The phone's connection is the device's fact; the service gets it as an input.
      env: (clock = get().clock) => ({
        now: virtualNow(clock, realNow),
        random,
        secret,
        connection: get().device.connection,
      }),
      lifecycle(appId, event, detail, change = { events: [] }) {
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
        commit({ ...change, entries: [entry], seq });
      },
    };
    return {
      ...initialState(),
      now,
      claims: (request) => service.owns(get().service, request),
      eventLog: landing.first(() => log),
      ...pushActions(get, context),
      ...phoneActions(set, get, context),
      ...relayActions(set),
      ...storageRoleActions(set),
      ...inspectorActions(set, get, () => {
        get().reset();
        set({ inspector: initialInspectorState() });
      }),
      reset(resetOptions = {}) {
        source = seeded(resetOptions.seed);
        log.clear();
        // The tab's link to the relay and the display settings are not part of the phone.
        set({
          ...initialState(),
          relay: get().relay,
          storage: get().storage,
          display: get().display,
          // A designer's package images are their art, not phone state: a reset keeps them.
          packages: get().packages,
          epoch: get().epoch + 1,
        });
        if (resetOptions.sampleApp !== false) {
          get().openChannel({ service: 'wns', app: SAMPLE_APP });
          // A reset starts empty; the sample app's set-up is part of the clean slate.
          set({ journal: Journal.empty() });
          log.clear();
        }
      },
      ...mpnsActions(set, get),
      ...wnsActions(set, get, context),
      ...displayActions(set, get),
      ...imageActions(get, context),
      ...packageActions(set, get),
    };
  });
  // Readers and writers from outside (views, window.tilecast, savers) see every landed step.
  store.getState = landing.first(store.getState);
  store.setState = landing.first(store.setState);
  const openSample = () => {
    if (options.sampleApp !== false)
      store.getState().openChannel({ service: 'wns', app: SAMPLE_APP });
  };

  openSample();
  return store;
}
