import { catalog, csString, curlCommand, jsString, type ComposerType } from '../../store';
import type { Service } from './gallery';

// The exact HTTP request the composer sends, built from the draft and its delivery options, and
// the same request as code a real cloud service would run. [S3, S4, S13–S16]

export type DeliveryOptions = {
  /** MPNS X-NotificationClass delay: 0 (immediate), 450 or 900 seconds. */
  batch: 0 | 450 | 900;
  messageId: string;
  tag: string;
  group: string;
  ttl: string;
  cachePolicy: '' | 'cache' | 'no-cache';
  priority: '' | '1' | '2' | '3' | '4';
  requestForStatus: boolean;
  suppressPopup: boolean;
};

export const defaultOptions: DeliveryOptions = {
  batch: 0,
  messageId: '',
  tag: '',
  group: '',
  ttl: '',
  cachePolicy: '',
  priority: '',
  requestForStatus: true,
  suppressPopup: false,
};

export type Draft = {
  template: string;
  service: Service;
  type: ComposerType;
  xml: string;
  options: DeliveryOptions;
};

export type HttpRequest = {
  method: 'POST';
  url: string;
  headers: [string, string][];
  body: string;
};

export const TOKEN_PLACEHOLDER = '<access token>';

export function buildRequest(draft: Draft, url: string, token = TOKEN_PLACEHOLDER): HttpRequest {
  const { options: o, type } = draft;
  const raw = type === 'wns/raw' || type === 'raw';
  const headers: [string, string][] = [];
  if (draft.service === 'wns') {
    headers.push(['Authorization', `Bearer ${token}`]);
    headers.push(['Content-Type', raw ? 'application/octet-stream' : 'text/xml']);
    headers.push(['X-WNS-Type', type]);
    if (o.tag) headers.push(['X-WNS-Tag', o.tag]);
    if (o.group) headers.push(['X-WNS-Group', o.group]);
    if (o.ttl) headers.push(['X-WNS-TTL', o.ttl]);
    if (o.cachePolicy) headers.push(['X-WNS-Cache-Policy', o.cachePolicy]);
    if (o.priority) headers.push(['X-WNS-PRIORITY', o.priority]);
    if (o.requestForStatus) headers.push(['X-WNS-RequestForStatus', 'true']);
    if (o.suppressPopup) headers.push(['X-WNS-SuppressPopup', 'true']);
  } else {
    const target = type as 'toast' | 'token' | 'raw';
    headers.push(['Content-Type', raw ? 'application/octet-stream' : 'text/xml']);
    if (target !== 'raw') headers.push(['X-WindowsPhone-Target', target]);
    const index = catalog.mpnsBatchDelays.indexOf(o.batch);
    headers.push(['X-NotificationClass', String(catalog.mpnsNotificationClasses[target][index])]);
    if (o.messageId) headers.push(['X-MessageID', o.messageId]);
  }
  return { method: 'POST', url, headers, body: draft.xml };
}

/** The request as it goes on the wire (HTTP/1.1 text). */
export function formatRequest(req: HttpRequest): string {
  const u = new URL(req.url);
  const lines = [`POST ${u.pathname}${u.search} HTTP/1.1`, `Host: ${u.host}`];
  for (const [n, v] of req.headers) lines.push(`${n}: ${v}`);
  return `${lines.join('\n')}\n\n${req.body}`;
}

// Every value below is quoted for its language by store's snippet quoting; none is spliced raw.

export const toCurl = (req: HttpRequest): string => curlCommand(req, ['-i']);

export function toCSharp(req: HttpRequest): string {
  const contentType = req.headers.find(([n]) => n === 'Content-Type')?.[1] ?? 'text/xml';
  const lines = [
    'using var http = new HttpClient();',
    `using var request = new HttpRequestMessage(HttpMethod.Post, ${csString(req.url)});`,
  ];
  for (const [n, v] of req.headers) {
    if (n === 'Content-Type') continue;
    lines.push(`request.Headers.TryAddWithoutValidation(${csString(n)}, ${csString(v)});`);
  }
  lines.push(
    `request.Content = new StringContent(${csString(req.body)});`,
    `request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(${csString(contentType)});`,
    'using var response = await http.SendAsync(request);',
    'Console.WriteLine($"{(int)response.StatusCode} {response.StatusCode}");',
    'foreach (var h in response.Headers) Console.WriteLine($"{h.Key}: {string.Join(", ", h.Value)}");',
  );
  return lines.join('\n');
}

export function toNodeFetch(req: HttpRequest): string {
  const headers = JSON.stringify(Object.fromEntries(req.headers), null, 2).replace(/\n/g, '\n  ');
  return `const response = await fetch(${jsString(req.url)}, {
  method: ${jsString(req.method)},
  headers: ${headers},
  body: ${jsString(req.body)},
});
console.log(response.status, Object.fromEntries(response.headers));`;
}
