import { describe, expect, it } from 'vitest';
import { gallery, toastText02 } from './gallery';
import { buildRequest, defaultOptions, toCSharp, toCurl, toNodeFetch, type Draft } from './request';
import { decodeDraft, encodeDraft } from './share';
import {
  deletePayload,
  duplicatePayload,
  loadLibrary,
  renamePayload,
  savePayload,
  storeLibrary,
} from './library';

const URL_WNS = 'https://db5.notify.windows.com/?token=AwYAAAB%2bq';
const URL_MPNS = 'http://db3.notify.live.net/throttledthirdparty/01.00/AAF';
const draft = (patch: Partial<Draft> = {}): Draft => ({
  template: 'wns:WNS toasts:ToastText02',
  service: 'wns',
  type: 'wns/toast',
  xml: toastText02,
  options: defaultOptions,
  ...patch,
});

describe('delivery options as headers', () => {
  it('WNS: every option becomes its header [S13, S14]', () => {
    const req = buildRequest(
      draft({
        options: {
          ...defaultOptions,
          tag: 'news',
          group: 'world',
          ttl: '600',
          cachePolicy: 'no-cache',
          priority: '2',
          requestForStatus: true,
          suppressPopup: true,
        },
      }),
      URL_WNS,
      'tok',
    );
    expect(req.headers).toEqual([
      ['Authorization', 'Bearer tok'],
      ['Content-Type', 'text/xml'],
      ['X-WNS-Type', 'wns/toast'],
      ['X-WNS-Tag', 'news'],
      ['X-WNS-Group', 'world'],
      ['X-WNS-TTL', '600'],
      ['X-WNS-Cache-Policy', 'no-cache'],
      ['X-WNS-PRIORITY', '2'],
      ['X-WNS-RequestForStatus', 'true'],
      ['X-WNS-SuppressPopup', 'true'],
    ]);
  });

  it.each([
    ['toast', 0, '2'],
    ['toast', 450, '12'],
    ['token', 900, '21'],
    ['raw', 450, '13'],
  ] as const)('MPNS %s with %i s delay is class %s [S3]', (type, batch, cls) => {
    const req = buildRequest(
      draft({ service: 'mpns', type, options: { ...defaultOptions, batch, messageId: 'abc' } }),
      URL_MPNS,
    );
    const headers = Object.fromEntries(req.headers);
    expect(headers['X-NotificationClass']).toBe(cls);
    expect(headers['X-WindowsPhone-Target']).toBe(type === 'raw' ? undefined : type);
    expect(headers['X-MessageID']).toBe('abc');
    expect(headers.Authorization).toBeUndefined();
  });

  it('WNS raw is octet-stream', () => {
    const headers = Object.fromEntries(
      buildRequest(draft({ type: 'wns/raw', xml: 'x' }), URL_WNS).headers,
    );
    expect(headers['Content-Type']).toBe('application/octet-stream');
  });
});

describe('code export', () => {
  const req = buildRequest(draft({ xml: "<toast launch='it''s'/>" }), URL_WNS, 'tok');
  it('curl quotes the body and every header for the shell', () => {
    const curl = toCurl(req);
    expect(curl).toContain(`curl -i --globoff -X 'POST' \\\n  --url '${URL_WNS}'`);
    expect(curl).toContain(`-H 'X-WNS-Type: wns/toast'`);
    expect(curl).toContain(`--data-raw '<toast launch='\\''it'\\'''\\''s'\\''/>'`);
  });
  it('C# sets content type on the content and the rest on the request', () => {
    const cs = toCSharp(req);
    expect(cs).toContain(`new HttpRequestMessage(HttpMethod.Post, @"${URL_WNS}")`);
    expect(cs).toContain('TryAddWithoutValidation(@"Authorization", @"Bearer tok")');
    expect(cs).toContain('MediaTypeHeaderValue(@"text/xml")');
    expect(cs).not.toContain('TryAddWithoutValidation(@"Content-Type"');
  });
  it('Node fetch is runnable JavaScript with the same headers and body', async () => {
    const code = toNodeFetch(req);
    const calls: [string, RequestInit][] = [];
    const fakeFetch = async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return { status: 200, headers: [] };
    };
    const run = new Function('fetch', 'console', `return (async () => { ${code} })();`) as (
      f: unknown,
      c: unknown,
    ) => Promise<void>;
    await run(fakeFetch, { log: () => undefined });
    expect(calls[0]![0]).toBe(URL_WNS);
    expect(calls[0]![1].headers).toEqual(Object.fromEntries(req.headers));
    expect(calls[0]![1].body).toBe(req.body);
  });
});

describe('share URL fragment', () => {
  it.each(gallery.filter((_, i) => i % 20 === 0).map((g) => [g.id, g] as const))(
    '%s round-trips',
    (_, g) => {
      const d = draft({
        template: g.id,
        service: g.service,
        type: g.type,
        xml: `${g.xml}<!-- ünïcødé ✓ -->`,
        options: { ...defaultOptions, tag: 't' },
      });
      const hash = encodeDraft(d);
      expect(hash).toMatch(/^#compose=[A-Za-z0-9_-]+$/);
      expect(decodeDraft(hash)).toEqual(d);
    },
  );
  it.each(['', '#other', '#compose=!!!', '#compose=e30'])('ignores %j', (hash) => {
    expect(decodeDraft(hash)).toBeUndefined();
  });
});

describe('library', () => {
  it('saves, duplicates, renames, deletes and persists', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    let items = savePayload([], 'Lunch', draft());
    items = duplicatePayload(items, 'p1');
    items = renamePayload(items, 'p2', 'Dinner');
    storeLibrary(items, storage);
    expect(loadLibrary(storage).map((i) => [i.id, i.name])).toEqual([
      ['p1', 'Lunch'],
      ['p2', 'Dinner'],
    ]);
    expect(deletePayload(items, 'p1').map((i) => i.id)).toEqual(['p2']);
  });
});
