import type { PushRequest, PushResponse } from '../protocol/types';
import { pushRequestOf, responseParts } from '../protocol/wire';

export {
  pushRequestOf,
  responseParts,
  type RequestParts,
  type ResponseParts,
} from '../protocol/wire';

/** Fetch `Request` → the service's request type. */
export async function toPushRequest(request: Request): Promise<PushRequest> {
  const { method, url, headers } = request;
  return pushRequestOf({ method, url, headers: [...headers], body: await request.arrayBuffer() });
}

/** The service's response → fetch `Response`, for msw/node: no CORS, as from the real service. */
export function toFetchResponse(response: PushResponse): Response {
  const { body, ...init } = responseParts(response);
  return new Response(body, init);
}
