import { describe, expect, it } from 'vitest';
import { copyProblem, fetchInit, toCurl, toFetch } from '../inspector/copy';
import type { RequestEntry } from '../journal';
import { pasteIntoBash, pasteIntoJs, pasteSandbox } from './paste-harness';
import { csString, isHttpToken, shellQuote, snippetProblem } from './quote';

type Request = RequestEntry['request'];
const base: Request = {
  method: 'POST',
  url: 'http://127.0.0.1:4711/wns/ch',
  headers: { 'x-wns-type': 'wns/toast' },
  body: '<toast/>',
  size: 8,
};

/** Hostile requests an imported journal or HAR may hold; `m` is the marker they try to create. */
const hostile = (m: string): [string, Partial<Request>][] => [
  [
    'method with ; and a second curl',
    { method: `POST -o /dev/null http://x/; touch ${m}; curl -X POST` },
  ],
  ['method with $(…) and ${IFS}', { method: `POST$(touch\${IFS}${m})` }],
  ['method with backticks', { method: `POST\`touch ${m}\`` }],
  ['method with newlines', { method: `POST\ntouch ${m}\n` }],
  [
    'URL with $(…), backticks and quotes',
    { url: `http://127.0.0.1/$(touch ${m})?a='b'&c=\`touch ${m}\`` },
  ],
  ['URL that looks like an option', { url: `-o${m}` }],
  [
    'header with quotes, $(…) and backticks',
    { headers: { 'x-q': `it's "q" $(touch ${m}) \`touch ${m}\`` } },
  ],
  ['header with a newline', { headers: { 'x-nl': `a'\ntouch ${m}\n'` } }],
  ['header with Ctrl-C and CR', { headers: { 'x-cc': `a\x03touch ${m}\r` } }],
  ['body closing the quote', { body: `'; touch ${m}; echo '` }],
  ['body reading a file with @', { body: `@${m}` }],
  ['body ending bracketed paste', { body: `\x1b[201~touch ${m}\n\\'x` }],
  ['body with $(…), newlines and tabs', { body: `<a>$(touch ${m})\n\t\`touch ${m}\`</a>` }],
];

const entry = (patch: Partial<Request>) => ({ request: { ...base, ...patch } });

describe('Copy as curl, pasted into bash', () => {
  it.each(hostile('MARKER').map(([name], i) => [name, i] as const))(
    '%s: runs only curl, with the exact values',
    (_, i) => {
      const sandbox = pasteSandbox();
      const { request } = entry(hostile(sandbox.marker)[i]![1]);
      const result = pasteIntoBash(toCurl({ request }), sandbox);
      expect(result.ran).toBe(false);
      expect(result.stderr).toBe('');
      expect(result.calls).toEqual([
        [
          '--globoff',
          '-X',
          request.method,
          '--url',
          request.url,
          ...Object.entries(request.headers).flatMap(([n, v]) => ['-H', `${n}: ${v}`]),
          '--data-raw',
          request.body,
        ],
      ]);
    },
  );
});

describe('Copy as fetch, evaluated as JavaScript', () => {
  it.each(hostile('MARKER'))('%s: calls fetch once with the exact values', async (_, patch) => {
    const request = entry(patch).request;
    const calls = await pasteIntoJs(toFetch({ request }));
    expect(calls).toEqual([[request.url, fetchInit({ request })]]);
  });

  it('a body that closes the string and the call sets no global', async () => {
    const body = `"}); globalThis.pwned = 1; fetch("x", {body: "\u2028</script>`;
    const calls = await pasteIntoJs(toFetch(entry({ body })));
    expect(calls).toHaveLength(1);
    expect((calls[0]![1] as { body: string }).body).toBe(body);
    expect('pwned' in globalThis).toBe(false);
  });
});

describe('what is not offered as code', () => {
  it.each([
    [`POST -o /dev/null http://x/; touch /tmp/x; curl -X POST`, /not an HTTP method name/],
    ['POST$(touch${IFS}/tmp/x)', /not an HTTP method name/],
    ['', /not an HTTP method name/],
  ])('method %j is refused', (method, why) => {
    expect(copyProblem(entry({ method }))).toMatch(why);
  });

  it('header names that are not tokens, line breaks in values and NUL are refused', () => {
    expect(copyProblem(entry({ headers: { '@/etc/passwd': 'x' } }))).toMatch(/header name/);
    expect(copyProblem(entry({ headers: { 'x-a': 'a\r\nx-b: c' } }))).toMatch(/line break/);
    expect(copyProblem(entry({ body: 'a\0b' }))).toMatch(/NUL/);
    expect(copyProblem(entry({}))).toBeNull();
  });

  it('a header name that could read a file is never put after -H', () => {
    expect(toCurl(entry({ headers: { '@/etc/passwd': 'x' } }))).not.toContain('@/etc/passwd');
  });

  it('tokens follow RFC 7230 tchar', () => {
    expect(['GET', 'M-SEARCH', "X!#$%&'*+.^_`|~1"].every(isHttpToken)).toBe(true);
    expect(['', 'PO ST', 'POST\n', 'PÖST', 'a(b)', 'a;b'].some(isHttpToken)).toBe(false);
  });
});

describe('shell quoting', () => {
  it('single-quotes plain text and escapes the quote', () => {
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
    expect(shellQuote('a\nb')).toBe(`'a\nb'`);
  });
  it('writes control characters as escapes, so a paste types no keystrokes', () => {
    const quoted = shellQuote(`a\x03b\tc\r\x1b'\\`);
    expect(quoted).toBe(`$'a\\x03b\\x09c\\x0d\\x1b\\'\\\\'`);
    // eslint-disable-next-line no-control-regex
    expect(quoted).not.toMatch(/[\x00-\x1f\x7f]/);
  });
});

/** Reads one C# string literal at the start of `source`: its value and what follows it. */
function readCsLiteral(source: string): { value: string; rest: string } {
  const verbatim = source.startsWith('@"');
  if (!verbatim && !source.startsWith('"')) throw new Error('not a literal');
  let i = verbatim ? 2 : 1;
  let value = '';
  while (i < source.length) {
    const ch = source[i]!;
    if (verbatim && ch === '"' && source[i + 1] === '"') {
      value += '"';
      i += 2;
    } else if (ch === '"') {
      return { value, rest: source.slice(i + 1) };
    } else if (!verbatim && (ch === '\n' || ch === '\r')) {
      throw new Error('line break in a regular literal');
    } else if (!verbatim && ch === '\\') {
      const next = source[i + 1]!;
      if (next === 'u') {
        value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (next === '\\' || next === '"') {
        value += next;
        i += 2;
      } else throw new Error(`escape \\${next}`);
    } else {
      value += ch;
      i += 1;
    }
  }
  throw new Error('unterminated');
}

describe('C# string literals', () => {
  it.each([
    ['plain', 'https://db5.notify.windows.com/?token=Aw%2b'],
    ['quotes and braces', `"); System.IO.File.Delete("x"); var s = ("{0}`],
    ['a newline', '<toast>\n  <visual/>\n</toast>'],
    ['backslashes and quotes', `\\"\\\\"`],
    ['CR, tab and controls', 'a\r\n\tb\x00c\x1b'],
    ['Unicode line breaks', 'a\u2028b\u2029c\u0085d'],
    ['emoji and RTL', 'a😀\u202eb'],
  ])('%s: the literal ends where it should and holds the exact value', (_, text) => {
    const { value, rest } = readCsLiteral(`${csString(text)});`);
    expect(value).toBe(text);
    expect(rest).toBe(');');
  });

  it('regular literals carry no raw line break, so no editor splits them', () => {
    expect(csString('a\rb\u2028c')).toBe('"a\\u000db\\u2028c"');
  });
});

describe('snippetProblem', () => {
  it('accepts a normal request', () => {
    expect(
      snippetProblem({ method: 'POST', url: 'http://x/', headers: [['A', 'b']], body: '' }),
    ).toBeNull();
  });
});
