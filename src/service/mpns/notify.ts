import { header, response } from '../../protocol/http';
import { readMpnsHeaders, type MpnsTarget } from '../../protocol/mpns/headers';
import type { PushRequest } from '../../protocol/types';
import { randomHex } from '../random';
import {
  linkOf,
  type Env,
  type Held,
  type PhoneConnection,
  type RequestKind,
  type ServiceResult,
  type ServiceState,
} from '../state';
import { findMpnsChannel } from './channels';
import { enqueueOffline } from './queue';
import { quotaDay, statusHeaders, type NotificationStatus } from './responses';
import type { MpnsDelivery } from './types';

const kindOf: Record<MpnsTarget, RequestKind> = { toast: 'toast', token: 'tile', raw: 'raw' };

const away = (connection: PhoneConnection) =>
  connection === 'tempDisconnected' || connection === 'disconnected';

/**
 * A POST to an MPNS channel URI. Checks run in this order: 503 (setting), 405 method, 400
 * malformed URI, 404 unknown/closed channel, 401 TLS mismatch, 400 headers, 400 size, 406 daily
 * quota, 412 inactive device; then 200 Suppressed / QueueFull / Received. [S28, S2, S3, S4, S25]
 */
export function handleMpnsNotification(
  state: ServiceState,
  request: PushRequest,
  env: Env,
): ServiceResult {
  const { mpns } = state;
  const connection = linkOf(env);
  const messageId = header(request.headers, 'x-messageid');
  const lookup = findMpnsChannel(state, request.url);
  const channel = lookup.found ? lookup.channel : undefined;
  const checked = readMpnsHeaders(request.headers);
  const kind: RequestKind = checked.ok ? kindOf[checked.options.target] : 'unknown';

  const answer = (
    status: number,
    summary: string,
    extra: {
      rule?: string;
      notification?: NotificationStatus;
      subscription?: 'Active' | 'Expired';
      connection?: PhoneConnection;
    } = {},
  ): ServiceResult => ({
    state,
    response: response(
      status,
      statusHeaders(
        messageId,
        extra.notification && {
          notification: extra.notification,
          connection: extra.connection ?? connection,
          subscription: extra.subscription,
        },
      ),
    ),
    deliveries: [],
    kind,
    service: 'mpns',
    appId: channel?.appId,
    verdict: {
      summary,
      diagnostic: extra.rule
        ? { rule: extra.rule, message: summary, severity: 'error' }
        : undefined,
    },
  });

  if (mpns.settings.unavailable)
    return answer(503, 'MPNS is set to be unavailable (503): retry later with backoff', {
      rule: 'mpns.unavailable',
    });
  if (request.method !== 'POST')
    return answer(405, `MPNS accepts only POST, not ${request.method} [S27, S28]`, {
      rule: 'http.method',
    });
  if (!lookup.found && lookup.malformed)
    return answer(400, `Malformed channel URI: ${lookup.reason}`, { rule: 'mpns.uri' });
  if (!channel) {
    const reason = lookup.found ? '' : lookup.reason;
    return answer(404, `Subscription not found (${reason}): stop sending to this URI [S25]`, {
      rule: 'mpns.channel.unknown',
      notification: 'Dropped',
      subscription: 'Expired',
    });
  }
  if (lookup.found && lookup.secure && !channel.authenticated)
    return answer(401, 'https was used but the channel is not authenticated (SPEC §0)', {
      rule: 'mpns.auth.notAuthenticated',
    });
  if (
    lookup.found &&
    (lookup.secure !== !!channel.authenticated || lookup.unthrottled !== !!channel.authenticated)
  )
    return answer(
      401,
      'The URI does not match the channel: an http URI cannot be turned into the authenticated form [S22]',
      { rule: 'mpns.auth.uri' },
    );
  if (!checked.ok) return answer(400, checked.description, { rule: checked.diagnostic.rule });
  const size = request.body.byteLength;
  if (size > mpns.settings.maxPayloadBytes)
    return answer(
      400,
      `payload over 3 KB: ${size} bytes, the limit is ${mpns.settings.maxPayloadBytes} (SPEC §0)`,
      { rule: 'mpns.payload.size' },
    );

  const day = quotaDay(env.now);
  const used = mpns.quota[channel.token];
  const count = used?.day === day ? used.count : 0;
  if (!channel.authenticated && count >= mpns.settings.dailyQuota)
    return answer(
      406,
      `Daily quota reached: ${count} of ${mpns.settings.dailyQuota} today on this unauthenticated channel; resets at the next virtual-clock day [S13]`,
      { rule: 'mpns.quota', notification: 'Dropped', subscription: 'Active' },
    );
  if (connection === 'inactive')
    return answer(412, 'The device is inactive: retry at most once per hour', {
      rule: 'mpns.device.inactive',
      notification: 'Dropped',
    });

  const { options } = checked;
  const quota = channel.authenticated
    ? mpns.quota
    : { ...mpns.quota, [channel.token]: { day, count: count + 1 } };
  const counted: ServiceState = { ...state, mpns: { ...mpns, quota } };
  const app = state.apps[channel.appId]?.name ?? channel.appId;
  const ok = (notification: NotificationStatus, summary: string) => ({
    ...answer(200, summary, { notification, subscription: 'Active' }),
    state: counted,
  });

  const unbound =
    (options.target === 'toast' && channel.shellToast === false) ||
    (options.target === 'token' && channel.shellTile === false);
  if (unbound) {
    const summary = `Suppressed: the channel is not bound to shell ${options.target === 'toast' ? 'toasts' : 'tiles'}`;
    const msgId = randomHex(env.random, 16);
    return { ...ok('Suppressed', summary), held: [{ msgId, kind: 'suppressed', reason: summary }] };
  }

  const delivery: MpnsDelivery = {
    service: 'mpns',
    appId: channel.appId,
    channelUri: channel.uri,
    msgId: randomHex(env.random, 16),
    target: options.target,
    notificationClass: options.notificationClass,
    options,
    body: request.body,
    receivedAt: env.now,
  };
  // Callbacks are for authenticated services only. [S5, S29]
  const callback = !options.callbackUri
    ? ''
    : channel.authenticated
      ? `; callback ${options.callbackUri} registered`
      : '; X-CallbackURI ignored: callbacks need an authenticated service';
  const pending = {
    token: channel.token,
    delivery,
    releaseAt: env.now + options.delaySeconds * 1000,
  };

  if (options.delaySeconds > 0) {
    const held: Held = {
      msgId: delivery.msgId,
      kind: 'batched',
      reason: `class ${options.notificationClass}: MPNS sends it within ${options.delaySeconds} s`,
    };
    const next = { ...counted, mpns: { ...counted.mpns, batched: [...mpns.batched, pending] } };
    return {
      ...ok(
        'Received',
        `Accepted ${options.target} for ${app}, batched (class ${options.notificationClass})${callback}`,
      ),
      state: next,
      held: [held],
    };
  }
  if (away(connection)) {
    const queued = enqueueOffline(counted, pending);
    if (!queued.ok)
      return ok(
        'QueueFull',
        `Queue full: ${mpns.settings.queueLimit} notifications already wait for the phone; resend later`,
      );
    return {
      ...ok(
        'Received',
        `Accepted ${options.target} for ${app}; the phone is away, so it waits in the queue${callback}`,
      ),
      state: queued.state,
      held: [{ msgId: delivery.msgId, kind: 'queued', reason: `the phone is ${connection}` }],
    };
  }
  return {
    ...ok(
      'Received',
      `Accepted ${options.target} for ${app} (class ${options.notificationClass})${callback}`,
    ),
    deliveries: [delivery],
  };
}
