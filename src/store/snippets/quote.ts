// Quoting for code Tilecast hands to people to paste: a shell, a JavaScript console, a C# file.
// Every value in a snippet goes through one of these; none is ever spliced in raw.

/** RFC 7230 §3.2.6 tchar: what a method or header name may be made of. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export const isHttpToken = (text: string) => TOKEN.test(text);

/**
 * Characters a terminal may act on while text is pasted (Ctrl-C, Tab completion, escape
 * sequences that end bracketed paste, CR turned into Enter). A newline inside single quotes only
 * continues the line, so it stays literal for readability.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_ACTIVE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]/;

/**
 * A POSIX shell word that is exactly `text`. Single quotes make everything literal except the
 * quote itself, which is closed, escaped and reopened. Text with control characters is written
 * as a `$'…'` word (bash, zsh, ksh and POSIX.1-2024) with each such character as `\xHH` or
 * `\uHHHH`, so pasting it into a terminal types no keystrokes. NUL cannot be passed in an
 * argument at all: `snippetProblem` refuses it before a snippet is offered.
 */
export function shellQuote(text: string): string {
  if (!TERMINAL_ACTIVE.test(text)) return `'${text.replace(/'/g, `'\\''`)}'`;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (TERMINAL_ACTIVE.test(ch)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `$'${out}'`;
}

/** A JavaScript string literal: JSON's escaping is a subset of JavaScript's (ES2019+). */
export const jsString = (text: string) => JSON.stringify(text);

/**
 * A C# string literal. Plain text with newlines reads best verbatim (`@"…"`, only `"` doubled);
 * anything with other control characters, CR or Unicode line breaks (which would end or change
 * a verbatim literal's meaning in an editor) becomes a regular literal with `\uXXXX` escapes.
 */
export function csString(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x09\x0b-\x1f\x7f-\x9f\u0085\u2028\u2029]/.test(text))
    return `@"${text.replace(/"/g, '""')}"`;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `"${out}"`;
}

export type SnippetRequest = {
  method: string;
  url: string;
  headers: readonly (readonly [string, string])[];
  body: string;
};

/**
 * Why a request should not be offered as code, or null. Quoting already keeps every snippet
 * inert in its language; this names what no real client could send, so a person is told
 * instead of copying a request that is not the one in the journal.
 */
export function snippetProblem(request: SnippetRequest): string | null {
  const shown = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
  if (!isHttpToken(request.method))
    return `The method ${shown(request.method)} is not an HTTP method name (letters, digits and a few symbols, no spaces), so no client can send it. Edit the entry before copying it.`;
  for (const [name, value] of request.headers) {
    if (!isHttpToken(name))
      return `The header name ${shown(name)} is not a valid HTTP header name, so no client can send it.`;
    if (/[\r\n\0]/.test(value))
      return `The header ${name} holds a line break or NUL character, which HTTP headers cannot carry.`;
  }
  if (request.url.includes('\0') || request.body.includes('\0'))
    return 'The URL or body holds a NUL character, which a shell command line cannot carry. Use Replay or export the journal instead.';
  return null;
}

/**
 * A curl command line for the request. Each part is one shell word: the method after `-X`, the
 * URL after `--url` (so a URL starting with `-` is not an option), header lines after `-H`, and
 * the body after `--data-raw` (which, unlike `--data-binary`, never reads a file for `@…`).
 * `--globoff` keeps `[]{}` in a URL literal. Header names that are not tokens are left out (and
 * named by `snippetProblem`): `-H @file` would read headers from a file.
 */
export function curlCommand(request: SnippetRequest, flags: readonly string[] = []): string {
  const parts = [
    ['curl', ...flags, '--globoff', '-X', shellQuote(request.method)].join(' '),
    `--url ${shellQuote(request.url)}`,
  ];
  for (const [name, value] of request.headers)
    if (isHttpToken(name)) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (request.body !== '') parts.push(`--data-raw ${shellQuote(request.body)}`);
  return parts.join(' \\\n  ');
}
