import { describe, expect, it } from 'vitest';
import { pasteIntoBash, pasteIntoJs, pasteSandbox } from '../../store/snippets/paste-harness';
import { toCSharp, toCurl, toNodeFetch, type HttpRequest } from './request';

// The composer's request as code, with hostile values in every field a person or a share link
// can set: the channel URI, option headers (tag, group) and the payload.
const hostile = (m: string): HttpRequest => ({
  method: 'POST',
  url: `http://127.0.0.1/$(touch ${m})?a='b'&c=\`touch ${m}\``,
  headers: [
    ['X-WNS-Tag', `it's "q" $(touch ${m}) \`touch ${m}\``],
    ['X-WNS-Group', `a\x03touch ${m}\r`],
  ],
  body: `'; touch ${m}; echo '\n\x1b[201~touch ${m}\n"); System.IO.File.Delete("x"); ("`,
});

describe("composer's request as code, with hostile values", () => {
  it('curl, pasted into bash, runs only curl with the exact values', () => {
    const sandbox = pasteSandbox();
    const req = hostile(sandbox.marker);
    const result = pasteIntoBash(toCurl(req), sandbox);
    expect(result.ran).toBe(false);
    expect(result.calls).toEqual([
      [
        '-i',
        '--globoff',
        '-X',
        'POST',
        '--url',
        req.url,
        ...req.headers.flatMap(([n, v]) => ['-H', `${n}: ${v}`]),
        '--data-raw',
        req.body,
      ],
    ]);
  });

  it('Node fetch, evaluated, calls fetch once with the exact values', async () => {
    const req = hostile('/tmp/x');
    const calls = await pasteIntoJs(toNodeFetch(req));
    expect(calls).toEqual([
      [req.url, { method: 'POST', headers: Object.fromEntries(req.headers), body: req.body }],
    ]);
  });

  it('C# holds every value in one literal: no line outside a literal changes', () => {
    // No C# compiler on this machine (`dotnet` is absent), so the check is textual: every
    // statement but the literals is the fixed template, and quote.test.ts reads each literal
    // back to its exact value.
    const code = toCSharp(hostile('/tmp/x'));
    const withoutLiterals = code.replace(/@"(?:[^"]|"")*"|"(?:[^"\\\n\r]|\\.)*"/g, 'S');
    expect(withoutLiterals.split('\n')).toEqual([
      'using var http = new HttpClient();',
      'using var request = new HttpRequestMessage(HttpMethod.Post, S);',
      'request.Headers.TryAddWithoutValidation(S, S);',
      'request.Headers.TryAddWithoutValidation(S, S);',
      'request.Content = new StringContent(S);',
      'request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(S);',
      'using var response = await http.SendAsync(request);',
      'Console.WriteLine($S);',
      'foreach (var h in response.Headers) Console.WriteLine($S, S);',
    ]);
  });
});
