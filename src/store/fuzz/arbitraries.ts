import fc from 'fast-check';
import { encodeUtf8 } from '../../protocol/http';
import type { PushRequest } from '../../protocol/types';
import { HOSTILE_FRAGMENTS, MPNS_PAYLOADS, WNS_PAYLOADS, type PayloadKind } from './corpus';
import type { Fixture } from './fixture';

/** An edit at a relative position (0–1) of a string: how valid inputs become near-misses. */
export type Mutation = {
  at: number;
  op: 'insert' | 'delete' | 'replace' | 'truncate' | 'upper';
  text: string;
};

export function mutate(value: string, m: Mutation): string {
  const i = Math.floor(m.at * value.length);
  switch (m.op) {
    case 'insert':
      return value.slice(0, i) + m.text + value.slice(i);
    case 'delete':
      return value.slice(0, i) + value.slice(i + 1 + m.text.length);
    case 'replace':
      return value.slice(0, i) + m.text + value.slice(i + m.text.length);
    case 'truncate':
      return value.slice(0, i);
    case 'upper':
      return value.toUpperCase();
  }
}

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('<', '>', '&', '"', '/', '</', '/>', '\u0000', '%') },
);
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  op: fc.constantFrom('insert', 'delete', 'replace', 'truncate', 'upper'),
  text,
});
const mutations = fc.array(mutation, { maxLength: 3 });

/** Rarely, a value far past every limit (a huge header, attribute or text). */
const huge = fc.oneof(
  { weight: 20, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: 5_000, max: 200_000 }) },
);

export type RequestSpec = {
  method: string;
  url: {
    target: 'wns' | 'mpns' | 'mpnsSecure' | 'token' | 'other';
    other: string;
    edits: Mutation[];
  };
  headers: {
    style: 'wns' | 'mpns' | 'token' | 'none';
    type: PayloadKind;
    bearer: 'valid' | 'missing' | 'garbage';
    drop: number;
    extra: [string, string][];
    huge: number;
  };
  body: {
    source: 'wns' | 'mpns' | 'token' | 'bytes' | 'invalidUtf8';
    kind: PayloadKind;
    pick: number;
    edits: Mutation[];
    hugeAttribute: number;
    bytes: Uint8Array;
  };
};

const kinds = fc.constantFrom<PayloadKind>('toast', 'tile', 'badge', 'raw');

export const requestSpec: fc.Arbitrary<RequestSpec> = fc.record({
  method: fc.oneof(
    { weight: 12, arbitrary: fc.constant('POST') },
    { weight: 2, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'CREATE', 'HEAD', 'post') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  ),
  url: fc.record({
    target: fc.constantFrom('wns', 'wns', 'mpns', 'mpns', 'mpnsSecure', 'token', 'other'),
    other: fc.oneof(
      fc.webUrl(),
      fc.string({ maxLength: 30 }),
      fc.domain().map((d) => `https://${d}.notify.windows.com/?token=x`),
    ),
    edits: fc.oneof(
      { weight: 3, arbitrary: fc.constant<Mutation[]>([]) },
      { weight: 1, arbitrary: mutations },
    ),
  }),
  headers: fc.record({
    style: fc.constantFrom('wns', 'mpns', 'token', 'none'),
    type: kinds,
    bearer: fc.constantFrom('valid', 'valid', 'valid', 'missing', 'garbage'),
    drop: fc.integer({ min: -3, max: 5 }),
    extra: fc.array(
      fc.tuple(
        fc.oneof(
          fc.string({ maxLength: 16 }),
          fc.constantFrom(
            'x-wns-type',
            'x-wns-ttl',
            'x-wns-tag',
            'x-wns-group',
            'x-wns-match',
            'x-notificationclass',
            'x-windowsphone-target',
            'content-type',
            'x-wns-cache-policy',
            'x-wns-requestforstatus',
          ),
        ),
        text,
      ),
      { maxLength: 3 },
    ),
    huge,
  }),
  body: fc.record({
    source: fc.constantFrom('wns', 'wns', 'mpns', 'mpns', 'token', 'bytes', 'invalidUtf8'),
    kind: kinds,
    pick: fc.nat(),
    edits: fc.oneof(
      { weight: 2, arbitrary: fc.constant<Mutation[]>([]) },
      { weight: 3, arbitrary: mutations },
    ),
    hugeAttribute: huge,
    bytes: fc.uint8Array({ maxLength: 64 }),
  }),
});

const WNS_TYPE: Record<PayloadKind, string> = {
  toast: 'wns/toast',
  tile: 'wns/tile',
  badge: 'wns/badge',
  raw: 'wns/raw',
};
const MPNS_TARGET: Record<PayloadKind, string | undefined> = {
  toast: 'toast',
  tile: 'token',
  badge: 'token',
  raw: undefined,
};

function bodyOf(spec: RequestSpec['body'], fixture: Fixture): Uint8Array {
  if (spec.source === 'bytes') return spec.bytes;
  if (spec.source === 'invalidUtf8')
    return Uint8Array.from([
      0x3c,
      0x74,
      0xc3,
      0x28,
      0xff,
      0xfe,
      0xed,
      0xa0,
      0x80,
      0x00,
      ...spec.bytes,
    ]);
  let value: string;
  if (spec.source === 'token') value = fixture.tokenForm;
  else {
    const table: Record<string, string[]> = spec.source === 'wns' ? WNS_PAYLOADS : MPNS_PAYLOADS;
    const options = table[spec.kind] ?? WNS_PAYLOADS.raw;
    value = options[spec.pick % options.length]!;
  }
  if (spec.hugeAttribute) value = value.replace('>', ` huge="${'x'.repeat(spec.hugeAttribute)}">`);
  for (const edit of spec.edits) value = mutate(value, edit);
  return encodeUtf8(value);
}

function urlOf(spec: RequestSpec['url'], fixture: Fixture): string {
  const base = {
    wns: fixture.wnsUri,
    mpns: fixture.mpnsUri,
    mpnsSecure: fixture.mpnsSecureUri,
    token: 'https://login.live.com/accesstoken.srf',
    other: spec.other,
  }[spec.target];
  return spec.edits.reduce(mutate, base);
}

function headersOf(spec: RequestSpec['headers'], fixture: Fixture): Record<string, string> {
  const all: [string, string][] = [];
  if (spec.style === 'wns') {
    all.push(['content-type', spec.type === 'raw' ? 'application/octet-stream' : 'text/xml']);
    all.push(['x-wns-type', WNS_TYPE[spec.type]]);
    if (spec.bearer !== 'missing')
      all.push([
        'authorization',
        spec.bearer === 'valid' ? `Bearer ${fixture.bearer}` : 'Bearer x',
      ]);
  } else if (spec.style === 'mpns') {
    all.push(['content-type', 'text/xml']);
    const target = MPNS_TARGET[spec.type];
    if (target) all.push(['x-windowsphone-target', target]);
    all.push([
      'x-notificationclass',
      spec.type === 'toast' ? '2' : spec.type === 'raw' ? '3' : '1',
    ]);
  } else if (spec.style === 'token') {
    all.push(['content-type', 'application/x-www-form-urlencoded']);
  }
  if (spec.drop >= 0 && spec.drop < all.length) all.splice(spec.drop, 1);
  for (const [name, value] of spec.extra) all.push([name.toLowerCase(), value]);
  if (spec.huge) all.push(['x-wns-tag', 'y'.repeat(spec.huge)]);
  return Object.fromEntries(all);
}

/** Turns a generated spec into a concrete request against one fixture's channels. */
export function requestOf(spec: RequestSpec, fixture: Fixture): PushRequest {
  return {
    method: spec.method,
    url: urlOf(spec.url, fixture),
    headers: headersOf(spec.headers, fixture),
    body: bodyOf(spec.body, fixture),
  };
}
