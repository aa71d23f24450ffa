// The headless server's JSON control API (`/_tilecast/…`): the automation API that
// `window.tilecast` and `tilecast/node` offer, for back ends in any language. Pure routing over
// that API: the HTTP wiring (content type, browser callers, body limits) is `headless.ts`'s.
import { relayUriFor } from '../protocol/relay-uri';
import type { AppRunState, ConnectionState } from '../store';
import type { TilecastApi } from '../transport/node';
import {
  check,
  error,
  isBoolean,
  isDuration,
  isObject,
  isString,
  oneOf,
  type Body,
} from './control-checks';

export const CONTROL_PREFIX = '/_tilecast/';

/** What a control call answers: a status and a JSON value. */
export type ControlAnswer = { status: number; body: unknown; headers?: Record<string, string> };

const kinds = ['toast', 'tile', 'raw', 'drop'] as const;
// The phone's vocabulary (device/state.ts), spelled out so a caller's typo gets a clear 400.
const connections: readonly ConnectionState[] = [
  'connected',
  'tempDisconnected',
  'disconnected',
  'inactive',
];
const runStates: readonly AppRunState[] = ['notRunning', 'background', 'foreground'];

/** A route: the methods it takes and what each does with a valid body. */
type Route = {
  pattern: RegExp;
  methods: Record<string, (body: Body, params: string[], origin: string) => Promise<ControlAnswer>>;
};

export function createControlApi(api: TilecastApi) {
  const tokenUri = (origin: string) =>
    relayUriFor('https://login.live.com/accesstoken.srf', origin);
  const routes: Route[] = [
    {
      pattern: /^channels$/,
      methods: {
        POST: async (body, _params, origin) => {
          const bad = check(
            body,
            { service: oneOf(['wns', 'mpns']), app: isString, authenticated: isBoolean },
            ['service'],
          );
          if (bad)
            return error(400, `${bad}: expected {"service":"wns"|"mpns","app"?,"authenticated"?}`);
          const channel = await api.openChannel({
            service: body.service as 'wns' | 'mpns',
            app: body.app as string | undefined,
            authenticated: body.authenticated as boolean | undefined,
          });
          // The store makes relay URIs on the page's origin; here it is this server's.
          const relayUri = relayUriFor(channel.uri, origin);
          return {
            status: 201,
            body: {
              ...channel,
              relayUri,
              ...(channel.service === 'wns' ? { tokenUri: tokenUri(origin) } : {}),
            },
          };
        },
      },
    },
    { pattern: /^journal$/, methods: { GET: async () => ({ status: 200, body: api.journal() }) } },
    { pattern: /^phone$/, methods: { GET: async () => ({ status: 200, body: api.phone() }) } },
    {
      pattern: /^wait$/,
      methods: {
        POST: async (body) => {
          const bad = check(body, { kind: oneOf(kinds), match: isObject, timeoutMs: isDuration }, [
            'kind',
          ]);
          if (bad)
            return error(
              400,
              `${bad}: expected {"kind":"toast"|"tile"|"raw"|"drop","match"?:{…},"timeoutMs"?}`,
            );
          const match = (body.match ?? {}) as Body;
          const matchBad = check(
            match,
            { text: isString, app: isString, title: isString, rule: isString },
            [],
          );
          if (matchBad) return error(400, `match: ${matchBad}`);
          const wait = {
            toast: api.waitForToast,
            tile: api.waitForTile,
            raw: api.waitForRaw,
            drop: api.waitForDrop,
          }[body.kind as (typeof kinds)[number]];
          const timeoutMs = Math.min((body.timeoutMs as number | undefined) ?? 5000, 120_000);
          try {
            return { status: 200, body: await wait(match, timeoutMs) };
          } catch (failure) {
            return error(408, (failure as Error).message);
          }
        },
      },
    },
    {
      pattern: /^reset$/,
      methods: {
        POST: async (body) => {
          const bad = check(body, { seed: isDuration, sampleApp: isBoolean }, []);
          if (bad) return error(400, bad);
          await api.reset(body as { seed?: number; sampleApp?: boolean });
          return { status: 200, body: { ok: true } };
        },
      },
    },
    {
      pattern: /^clock$/,
      methods: {
        GET: async () => ({ status: 200, body: { now: api.now() } }),
        POST: async (body) => {
          const bad = check(body, { advanceMs: isDuration }, ['advanceMs']);
          if (bad) return error(400, `${bad}: expected {"advanceMs": milliseconds ≥ 0}`);
          await api.advanceClock(body.advanceMs as number);
          return { status: 200, body: { now: api.now() } };
        },
      },
    },
    {
      pattern: /^connection$/,
      methods: {
        POST: async (body) => {
          const bad = check(body, { state: oneOf(connections) }, ['state']);
          if (bad) return error(400, `${bad}: "state" is one of ${connections.join(', ')}`);
          await api.setConnection(body.state as ConnectionState);
          return { status: 200, body: { state: body.state } };
        },
      },
    },
    {
      pattern: /^apps$/,
      methods: { GET: async () => ({ status: 200, body: api.apps() }) },
    },
    {
      pattern: /^apps\/([^/]+)\/state$/,
      methods: {
        POST: async (body, [appId]) => {
          const bad = check(body, { state: oneOf(runStates) }, ['state']);
          if (bad) return error(400, `${bad}: "state" is one of ${runStates.join(', ')}`);
          const id = decodeURIComponent(appId!);
          if (!api.apps().some((app) => app.appId === id))
            return error(404, `No installed app has the id "${id}"`);
          await api.setAppState(id, body.state as AppRunState);
          return { status: 200, body: { appId: id, state: body.state } };
        },
      },
    },
  ];

  /**
   * Finds the handler for a method and route, or the 404/405 that answers instead. Routing
   * comes before reading the body, so a wrong method is 405 whatever it carries.
   */
  return function route(
    method: string,
    path: string,
  ): { answer: ControlAnswer } | { run(body: unknown, origin: string): Promise<ControlAnswer> } {
    for (const route of routes) {
      const params = route.pattern.exec(path);
      if (!params) continue;
      const handler = route.methods[method];
      if (!handler) {
        const allow = Object.keys(route.methods).join(', ');
        return {
          answer: error(405, `${method} is not allowed here; use ${allow}`, { Allow: allow }),
        };
      }
      return { run: (body, origin) => handler((body ?? {}) as Body, params.slice(1), origin) };
    }
    return {
      answer: error(
        404,
        `No control route /_tilecast/${path}. Routes: POST channels, GET journal, GET phone, ` +
          'POST wait, POST reset, GET|POST clock, POST connection, GET apps, POST apps/{appId}/state',
      ),
    };
  };
}
