import { header } from '../../protocol/http';
import type { PushRequest } from '../../protocol/types';
import type { Channel, Env, ServiceResult, ServiceState } from '../state';
import type { responder } from './respond';

/** 401 for a missing, unknown or expired token; 403 for another app's token. [S15, S16, S39] */
export function checkBearer(
  state: ServiceState,
  request: PushRequest,
  channel: Channel,
  env: Env,
  answer: ReturnType<typeof responder>['answer'],
): ServiceResult | undefined {
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
  return undefined;
}
