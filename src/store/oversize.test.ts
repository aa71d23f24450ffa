import { afterEach, describe, expect, it, vi } from 'vitest';
import * as http from '../protocol/http';
import * as xml from '../protocol/xml';
import * as service from '../service';
import { fixture } from './fuzz/fixture';
import { JOURNAL_BODY_LIMIT, type RequestEntry } from './journal';

vi.mock('../protocol/xml', { spy: true });
vi.mock('../protocol/http', { spy: true });

const TEN_MB = new Uint8Array(10 * 1024 * 1024).fill(0x3c);

/** Issue 11: a 10 MB body is refused on its byte length, before any decoding or parsing. */
describe('a 10 MB body', () => {
  afterEach(() => vi.clearAllMocks());

  it.each([
    [
      'WNS',
      413,
      (f: ReturnType<typeof fixture>) => ({
        url: f.wnsUri,
        headers: {
          authorization: `Bearer ${f.bearer}`,
          'content-type': 'text/xml',
          'x-wns-type': 'wns/toast',
        },
      }),
    ],
    [
      'MPNS',
      400,
      (f: ReturnType<typeof fixture>) => ({
        url: f.mpnsUri,
        headers: { 'content-type': 'text/xml', 'x-windowsphone-target': 'toast' },
      }),
    ],
  ])('%s answers %i without decoding or parsing it [S15, SPEC §0]', (_name, status, target) => {
    const f = fixture(1);
    vi.clearAllMocks();
    const request = { method: 'POST', body: TEN_MB, ...target(f) };
    const result = service.handleRequest(f.store.getState().service, request, {
      now: f.store.getState().now(),
      random: service.seededRandom(1),
      secret: (bytes) => crypto.getRandomValues(bytes),
    });
    expect(result.response.status).toBe(status);
    expect(result.deliveries).toEqual([]);
    expect(xml.parseXml).not.toHaveBeenCalled();
    expect(http.decodeUtf8).not.toHaveBeenCalled();
  });

  it('the journal keeps its size and only the first 64 KB as text', () => {
    const f = fixture(2);
    const response = f.store.getState().receive({
      method: 'POST',
      url: f.wnsUri,
      headers: {
        authorization: `Bearer ${f.bearer}`,
        'content-type': 'text/xml',
        'x-wns-type': 'wns/toast',
      },
      body: TEN_MB,
    });
    expect(response.status).toBe(413);
    const entry = f.store.getState().journal.toArray().at(-1) as RequestEntry;
    expect(entry.request.size).toBe(TEN_MB.byteLength);
    expect(entry.request.body.length).toBeLessThan(JOURNAL_BODY_LIMIT + 100);
    expect(entry.request.body).toMatch(/10485760 bytes; the journal keeps the first 65536/);
    expect(xml.parseXml).not.toHaveBeenCalled();
  });
});
