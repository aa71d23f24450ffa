import { header, response } from '../../protocol/http';
import { readWnsHeaders, WNS_MAX_PAYLOAD_BYTES, type WnsType } from '../../protocol/wns/headers';
import type { PushRequest } from '../../protocol/types';
import { randomHex, randomString } from '../random';
import type {
  Channel,
  Env,
  PhoneConnection,
  RequestKind,
  ServiceResult,
  ServiceState,
} from '../state';
import { findWnsChannel } from './channels';

type Status = 'received' | 'dropped' | 'channelthrottled';

/** X-WNS-DeviceConnectionStatus values. [S15] */
const wnsConnection: Record<PhoneConnection, string> = {
  connected: 'connected',
  tempDisconnected: 'tempdisconnected',
  disconnected: 'disconnected',
  inactive: 'disconnected',
};

const kindOf = (type: WnsType | undefined): RequestKind =>
  type ? (type.slice(4) as RequestKind) : 'unknown';

/**
 * A notification POST to a WNS channel URI. Checks run in this order: method (405), channel
 * (404 unknown, 410 expired), bearer token (401 missing/invalid/expired, 403 other app), headers
 * (400), size (413); then 200 `received`. WNS never inspects the payload (SPEC §2.3). [S15, S19]
 */
export function handleWnsNotification(
  state: ServiceState,
  request: PushRequest,
  env: Env,
): ServiceResult {
  const msgId = randomHex(env.random, 16);
  const correlationVector = header(request.headers, 'ms-cv') ?? `${randomString(env.random, 22)}.0`;
  const lookup = findWnsChannel(state, request.url);
  const channel = lookup.found ? lookup.channel : undefined;
  const typeHeader = header(request.headers, 'x-wns-type')?.trim() as WnsType | undefined;

  const answer = (
    status: number,
    summary: string,
    extra: {
      wnsStatus?: Status;
      description?: string;
      headers?: Record<string, string>;
      rule?: string;
    } = {},
  ): ServiceResult => {
    const headers: Record<string, string> = {
      'X-WNS-Msg-ID': msgId,
      'X-WNS-Debug-Trace': debugTrace(channel, env),
      'MS-CV': correlationVector,
      ...extra.headers,
    };
    if (extra.wnsStatus) {
      // Both names: X-WNS-NotificationStatus is the older one, still sent (SPEC §0). [S38]
      headers['X-WNS-Status'] = extra.wnsStatus;
      headers['X-WNS-NotificationStatus'] = extra.wnsStatus;
    }
    if (extra.description) headers['X-WNS-Error-Description'] = extra.description;
    return {
      state,
      response: response(status, headers),
      deliveries: [],
      kind: kindOf(typeHeader),
      service: 'wns',
      appId: channel?.appId,
      verdict: {
        summary,
        diagnostic: extra.rule
          ? { rule: extra.rule, message: extra.description ?? summary, severity: 'error' }
          : undefined,
      },
    };
  };

  if (request.method !== 'POST') {
    return answer(405, `WNS accepts POST (and DELETE on Windows Phone), not ${request.method}`, {
      headers: { Allow: 'POST, DELETE' },
      rule: 'http.method',
    });
  }
  if (!channel) {
    const reason = lookup.found ? '' : lookup.reason;
    return answer(404, `Channel not found: ${reason}`, { rule: 'wns.channel.unknown' });
  }
  if (env.now >= channel.expiresAt) {
    return answer(410, 'The channel expired (WNS channels live 30 days)', {
      wnsStatus: 'dropped',
      rule: 'wns.channel.expired',
    });
  }

  const authorization = header(request.headers, 'authorization');
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!bearer) {
    return answer(
      401,
      'No bearer token: the Authorization header is missing or not "Bearer <token>"',
      {
        headers: { 'WWW-Authenticate': 'Bearer' },
        rule: 'wns.auth.missing',
      },
    );
  }
  const token = state.tokens[bearer];
  if (!token) {
    return answer(401, 'The access token is not one the token endpoint issued', {
      headers: {
        'WWW-Authenticate': 'Bearer error="invalid_token",error_description="Invalid token"',
      },
      rule: 'wns.auth.invalid',
    });
  }
  if (env.now >= token.expiresAt) {
    return answer(401, 'The access token expired (tokens last 24 h); get a new one and retry', {
      headers: {
        'WWW-Authenticate': 'Bearer error="invalid_token",error_description="Token has expired"',
      },
      rule: 'wns.auth.expired',
    });
  }
  if (token.appId !== channel.appId) {
    const owner = state.apps[token.appId]?.name ?? token.appId;
    return answer(403, `The token belongs to ${owner}, which does not own this channel`, {
      wnsStatus: 'dropped',
      description: 'Channel URL incompatible with caller app',
      rule: 'wns.auth.wrongApp',
    });
  }

  const checked = readWnsHeaders(request.headers);
  if (!checked.ok) {
    return answer(400, checked.description, {
      description: checked.description,
      rule: checked.diagnostic.rule,
    });
  }
  if (request.body.byteLength > WNS_MAX_PAYLOAD_BYTES) {
    return answer(
      413,
      `The payload is ${request.body.byteLength} bytes; WNS accepts at most 5000`,
      {
        description: 'Payload exceeds the 5000-byte limit',
        rule: 'wns.payload.size',
      },
    );
  }

  const { options } = checked;
  const result = answer(
    200,
    `Accepted ${options.type} for ${state.apps[channel.appId]?.name ?? channel.appId}`,
    {
      wnsStatus: 'received',
      headers: options.requestForStatus
        ? { 'X-WNS-DeviceConnectionStatus': wnsConnection[state.connection] }
        : {},
    },
  );
  return {
    ...result,
    deliveries: [
      {
        service: 'wns',
        appId: channel.appId,
        channelUri: channel.uri,
        msgId,
        type: options.type,
        options,
        body: request.body,
        receivedAt: env.now,
      },
    ],
  };
}

/** A plausible trace id, e.g. DB5WNS4011534, naming the channel's data centre. [S15] */
function debugTrace(channel: Channel | undefined, env: Env): string {
  const dc = (channel?.dc ?? 'bn1').toUpperCase();
  return `${dc}WNS${randomString(env.random, 7, '0123456789')}`;
}
