/**
 * A source of uniform numbers in [0, 1) for what is public and may be reproducible: message
 * ids, MS-CV, debug traces, data-centre picks. Seeded in tests. Never for secrets: its 32-bit
 * state can be recovered from a few public ids.
 */
export type Random = () => number;

/**
 * Fills an array with unpredictable bytes: `crypto.getRandomValues`, supplied by the host (the
 * store), so the core stays pure. The only source for secrets: channel tokens (a channel URI is
 * the right to push to it), Package SIDs, client secrets and access tokens.
 */
export type Secret = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

/** mulberry32: small, fast and good enough for ids (not for secrets). */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function randomString(random: Random, length: number, alphabet = base64Alphabet): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/**
 * `length` characters drawn uniformly from `alphabet` with unpredictable bytes. Bytes at or past
 * the largest multiple of the alphabet's size are redrawn, so no character is more likely.
 */
export function secretString(secret: Secret, length: number, alphabet = base64Alphabet): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of secret(new Uint8Array(length - out.length + 16))) {
      if (byte < limit) out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

export const randomHex = (random: Random, length: number) =>
  randomString(random, length, '0123456789ABCDEF');

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
