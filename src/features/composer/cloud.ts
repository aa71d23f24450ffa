// The composer acts as the developer's cloud service: real HTTP to the real endpoints, which the
// page's push service (the msw worker) answers exactly as WNS or MPNS would. The sending itself
// (token, retry once on 401) is the one cloud client, cloud/.
import { createCloud, TOKEN_URL, type Cloud, type CloudResult } from '../../cloud';
import type { HttpRequest } from './request';

export { TOKEN_URL };

export type HttpResult = {
  url: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
};

/** A cloud client on the page's own fetch. */
export const pageCloud = (): Cloud => createCloud((url, init) => fetch(url, init));

export const httpResult = (result: CloudResult): HttpResult => ({
  ...result,
  headers: Object.entries(result.headers),
});

/** The composer's request as the cloud client sends it. */
export const cloudRequest = (request: HttpRequest) => ({
  ...request,
  headers: Object.fromEntries(request.headers),
});
