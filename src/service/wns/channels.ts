import { classify } from '../../protocol/endpoint';
import { pick, secretString } from '../random';
import type { Channel, Env, ServiceState } from '../state';

/** WNS channels expire 30 days after they are created. [S16] */
export const WNS_CHANNEL_LIFETIME_MS = 30 * 24 * 3600 * 1000;

/** Data-centre hosts seen in real channel URIs. [S17] */
const dataCentres = ['db3', 'db5', 'bn1', 'bn3', 'hk2', 'sg2', 'am3'];

/** Standard base64, URL-encoded with the lower-case escapes real URIs carry (%2f %2b %3d). */
const encodeToken = (token: string) =>
  encodeURIComponent(token).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());

export function openWnsChannel(
  state: ServiceState,
  appId: string,
  env: Env,
): { state: ServiceState; channel: Channel } {
  // Real tokens start "AgUAAAA"/"AwYAAAA" and are ~140 base64 characters with padding.
  // Whoever knows the URI (and a token) can push: the token part comes from `secret`.
  const token = `AwYAAAA${secretString(env.secret, 129)}=`;
  const dc = pick(env.random, dataCentres);
  const channel: Channel = {
    service: 'wns',
    uri: `https://${dc}.notify.windows.com/?token=${encodeToken(token)}`,
    token,
    dc,
    appId,
    createdAt: env.now,
    expiresAt: env.now + WNS_CHANNEL_LIFETIME_MS,
  };
  return { state: { ...state, channels: { ...state.channels, [token]: channel } }, channel };
}

export type ChannelLookup = { found: true; channel: Channel } | { found: false; reason: string };

/** Finds the channel a request URL names; anything malformed is simply not found (404). */
export function findWnsChannel(state: ServiceState, url: string): ChannelLookup {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { found: false, reason: 'the channel URI is not a valid URL' };
  }
  const endpoint = classify(url);
  if (endpoint?.service !== 'wns' || endpoint.kind === 'token') {
    return { found: false, reason: `${parsed.hostname} is not a WNS host (*.notify.windows.com)` };
  }
  if (endpoint.kind === 'webPush') {
    // Edge's Web Push endpoints live on the WNS hosts; Tilecast's phone opens native channels.
    return {
      found: false,
      reason:
        'this is a Web Push endpoint (…/w/?token=…), not a native WNS channel (https://<dc>.notify.windows.com/?token=…)',
    };
  }
  // Read the raw query: URLSearchParams would turn a literal '+' of a badly encoded token into a space.
  const raw = /(?:^|&)token=([^&]*)/.exec(parsed.search.slice(1))?.[1];
  if (raw === undefined || raw === '')
    return { found: false, reason: 'the channel URI has no token' };
  let token: string;
  try {
    token = decodeURIComponent(raw);
  } catch {
    return { found: false, reason: 'the channel token is not correctly URL-encoded' };
  }
  const channel = state.channels[token];
  if (!channel || channel.service !== 'wns') {
    return { found: false, reason: 'no channel with this token exists' };
  }
  return { found: true, channel };
}
