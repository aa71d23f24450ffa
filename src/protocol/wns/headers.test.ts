import { describe, expect, it } from 'vitest';
import { readWnsHeaders } from './headers';

const toast = { 'x-wns-type': 'wns/toast', 'content-type': 'text/xml' };

// One row per request-header rule of SPEC §2.3 (and §0 for tag/group length). [S15, S39]
describe('readWnsHeaders rejects with 400 and a description', () => {
  it.each([
    ['X-WNS-Type missing [S15]', { 'content-type': 'text/xml' }, 'X-WNS-Type header is missing'],
    ['X-WNS-Type unknown [S15]', { ...toast, 'x-wns-type': 'wns/popup' }, /not one of/],
    ['X-WNS-Type wrong case [S15]', { ...toast, 'x-wns-type': 'WNS/Toast' }, /case-sensitive/],
    [
      'raw sent as text/xml [S39]',
      { 'x-wns-type': 'wns/raw', 'content-type': 'text/xml' },
      'Content-Type should be application/octet-stream',
    ],
    [
      'toast sent as JSON [S15]',
      { ...toast, 'content-type': 'application/json' },
      'Content-Type should be text/xml',
    ],
    [
      'cache policy invalid [S15]',
      { ...toast, 'x-wns-cache-policy': 'always' },
      /cache or no-cache/,
    ],
    [
      'RequestForStatus not boolean [S15]',
      { ...toast, 'x-wns-requestforstatus': 'yes' },
      /true or false/,
    ],
    ['SuppressPopup not boolean [S15]', { ...toast, 'x-wns-suppresspopup': '1' }, /true or false/],
    ['tag of 17 characters (§0)', { ...toast, 'x-wns-tag': 'a'.repeat(17) }, /limit is 16/],
    ['group of 17 characters (§0)', { ...toast, 'x-wns-group': 'g'.repeat(17) }, /limit is 16/],
    ['TTL not a number [S15]', { ...toast, 'x-wns-ttl': '1h' }, /whole number/],
    ['priority 5 [S37]', { ...toast, 'x-wns-priority': '5' }, /1, 2, 3 or 4/],
  ])('%s', (_, headers, description) => {
    const result = readWnsHeaders(headers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.description).toMatch(description);
  });
});

describe('readWnsHeaders accepts', () => {
  it('a minimal toast, with toast defaults', () => {
    expect(readWnsHeaders(toast)).toEqual({
      ok: true,
      options: expect.objectContaining({
        type: 'wns/toast',
        cachePolicy: 'no-cache',
        requestForStatus: false,
        suppressPopup: false,
      }),
    });
  });

  it.each([
    ['wns/tile', 'text/xml', 'cache'],
    ['wns/badge', 'text/xml; charset=utf-8', 'cache'],
    ['wns/raw', 'application/octet-stream', 'no-cache'],
  ])('%s defaults to %s caching [S15]', (type, contentType, cachePolicy) => {
    const result = readWnsHeaders({ 'x-wns-type': type, 'content-type': contentType });
    expect(result.ok && result.options.cachePolicy).toBe(cachePolicy);
  });

  it('every optional header, parsed', () => {
    const result = readWnsHeaders({
      ...toast,
      'x-wns-tag': 'a'.repeat(16),
      'x-wns-group': 'sports',
      'x-wns-ttl': '600',
      'x-wns-priority': '2',
      'x-wns-requestforstatus': 'true',
      'x-wns-suppresspopup': 'false',
      'ms-cv': 'abc.1',
    });
    expect(result).toEqual({
      ok: true,
      options: {
        type: 'wns/toast',
        cachePolicy: 'no-cache',
        requestForStatus: true,
        suppressPopup: false,
        tag: 'a'.repeat(16),
        group: 'sports',
        ttlSeconds: 600,
        priority: 2,
        correlationVector: 'abc.1',
      },
    });
  });
});
