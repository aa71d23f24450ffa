import { header, response } from '../../protocol/http';
import type { WnsType } from '../../protocol/wns/headers';
import type { PushRequest } from '../../protocol/types';
import { randomHex, randomString } from '../random';
import type { Channel, Env, RequestKind, ServiceResult, ServiceState } from '../state';

export type WnsStatus = 'received' | 'dropped' | 'channelthrottled';

export type AnswerExtra = {
  wnsStatus?: WnsStatus;
  description?: string;
  headers?: Record<string, string>;
  rule?: string;
};

const kindOf = (type: WnsType | undefined): RequestKind =>
  type ? (type.slice(4) as RequestKind) : 'unknown';

/** A plausible trace id, e.g. DB5WNS4011534, naming the channel's data centre. [S15] */
function debugTrace(channel: Channel | undefined, env: Env): string {
  const dc = (channel?.dc ?? 'bn1').toUpperCase();
  return `${dc}WNS${randomString(env.random, 7, '0123456789')}`;
}

/**
 * Builds the answers of one WNS request: every response carries X-WNS-Msg-ID,
 * X-WNS-Debug-Trace and MS-CV (echoed or made up), plus both status header names. [S15, S38]
 */
export function responder(
  state: ServiceState,
  request: PushRequest,
  channel: Channel | undefined,
  env: Env,
) {
  const msgId = randomHex(env.random, 16);
  const correlationVector = header(request.headers, 'ms-cv') ?? `${randomString(env.random, 22)}.0`;
  const typeHeader = header(request.headers, 'x-wns-type')?.trim() as WnsType | undefined;
  const kind: RequestKind = request.method === 'DELETE' ? 'toast' : kindOf(typeHeader);
  const answer = (status: number, summary: string, extra: AnswerExtra = {}): ServiceResult => {
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
      kind,
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
  return { msgId, answer };
}
