import { pick, secretString } from '../random';
import type { Channel, Env, ServiceState } from '../state';

// MPNS channel URIs. [S20, S21, S22, S23, S24, S26]

/** Data-centre hosts seen in real URIs. [S20, S21, S23] */
const dataCentres = ['db3', 'sn1', 'dm2', 'hk1', 'am3'];

/** One push channel per app and 30 per device. [S26] */
export const MPNS_MAX_CHANNELS_PER_DEVICE = 30;

/** MPNS URIs carry no fixed expiry: they work until the app gets a new one or MPNS says 404. [S25] */
export const MPNS_NO_EXPIRY = Number.MAX_SAFE_INTEGER;

const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export type MpnsOpenOptions = {
  authenticated?: boolean;
  shellToast?: boolean;
  shellTile?: boolean;
};

export type MpnsOpenResult =
  { ok: true; state: ServiceState; channel: Channel } | { ok: false; reason: string };

const mpnsChannels = (state: ServiceState) =>
  Object.values(state.channels).filter((c) => c.service === 'mpns');

/** The phone's push client opens (or reuses) the app's one channel. */
export function openMpnsChannel(
  state: ServiceState,
  appId: string,
  options: MpnsOpenOptions,
  env: Env,
): MpnsOpenResult {
  const authenticated = options.authenticated ?? false;
  const existing = mpnsChannels(state).find((c) => c.appId === appId);
  if (existing && (existing.authenticated ?? false) === authenticated)
    return { ok: true, state, channel: existing };
  const others = mpnsChannels(state).filter((c) => c.appId !== appId);
  if (others.length >= MPNS_MAX_CHANNELS_PER_DEVICE)
    return {
      ok: false,
      reason: `ChannelOpenFailed: the device already has ${MPNS_MAX_CHANNELS_PER_DEVICE} push channels`,
    };
  // Tokens are URL-safe base64 without padding, about 70–90 characters. [S20]
  // The URI is the only credential an unauthenticated channel has: its token is a secret.
  const token = `AQG${secretString(env.secret, 77, urlSafe)}`;
  const dc = pick(env.random, dataCentres);
  const uri = authenticated
    ? `https://${dc}.notify.live.net/unthrottledthirdparty/01.00/${token}`
    : `http://${dc}.notify.live.net/throttledthirdparty/01.00/${token}`;
  const channel: Channel = {
    service: 'mpns',
    uri,
    token,
    dc,
    appId,
    createdAt: env.now,
    expiresAt: MPNS_NO_EXPIRY,
    authenticated,
    shellToast: options.shellToast ?? true,
    shellTile: options.shellTile ?? true,
  };
  // One channel per app: a new one (e.g. switching to authenticated) replaces the old. [S26]
  const channels = { ...state.channels };
  if (existing) delete channels[existing.token];
  channels[token] = channel;
  return { ok: true, state: { ...state, channels }, channel };
}

export type MpnsLookup =
  | { found: true; channel: Channel; secure: boolean; unthrottled: boolean }
  | { found: false; malformed: boolean; reason: string };

const uriPattern =
  /^(https?):\/\/[a-z0-9]+\.notify\.live\.net\/(throttledthirdparty|unthrottledthirdparty)\/01\.00\/([A-Za-z0-9_-]+)$/i;

/** Finds the channel a request URL names; a URL not of the MPNS form is malformed (400). */
export function findMpnsChannel(state: ServiceState, url: string): MpnsLookup {
  if (url.length > 1024)
    return { found: false, malformed: true, reason: 'channel URIs are at most 1,024 characters' };
  const match = uriPattern.exec(url);
  if (!match)
    return {
      found: false,
      malformed: true,
      reason:
        'the URI is not of the form http(s)://<dc>.notify.live.net/(un)throttledthirdparty/01.00/<token>',
    };
  const [, scheme, path, token] = match;
  const channel = state.channels[token!];
  if (!channel || channel.service !== 'mpns')
    return { found: false, malformed: false, reason: 'no active subscription has this token' };
  return {
    found: true,
    channel,
    secure: scheme!.toLowerCase() === 'https',
    unthrottled: path!.toLowerCase() === 'unthrottledthirdparty',
  };
}
