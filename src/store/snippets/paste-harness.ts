// Test support: paste generated code into a real interpreter with the network call stubbed.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder and a marker path inside it that a hostile value tries to create. */
export function pasteSandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'tilecast-paste-'));
  return { dir, marker: join(dir, 'pwned') };
}

/**
 * Runs `snippet` with `bash -c`, `curl` replaced both as a shell function and as a program on
 * PATH (in case a snippet says `command curl`); each records its argv, NUL-separated. Returns
 * every argv recorded and whether the marker file exists afterwards.
 */
export function pasteIntoBash(snippet: string, sandbox: { dir: string; marker: string }) {
  const log = join(sandbox.dir, 'argv');
  const bin = join(sandbox.dir, 'bin');
  spawnSync('mkdir', ['-p', bin]);
  const record = `printf '%s\\0' "$@" >> '${log}'; printf '\\n--\\n' >> '${log}'`;
  writeFileSync(join(bin, 'curl'), `#!/bin/sh\n${record}\n`);
  chmodSync(join(bin, 'curl'), 0o755);
  writeFileSync(log, '');
  const script = `curl() { ${record}; }\n${snippet}\n`;
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
    env: { PATH: `${bin}:/usr/bin:/bin`, IFS: ' \t\n' },
    encoding: 'utf8',
  });
  const calls = readFileSync(log, 'utf8')
    .split('\n--\n')
    .filter((call) => call !== '')
    .map((call) => call.split('\0').slice(0, -1));
  return { calls, status: run.status, stderr: run.stderr, ran: existsSync(sandbox.marker) };
}

/** Evaluates a JavaScript snippet with `fetch` stubbed; returns each call's arguments. */
export async function pasteIntoJs(snippet: string) {
  const calls: unknown[][] = [];
  const fetch = async (...args: unknown[]) => {
    calls.push(args);
    return { status: 200, headers: [] };
  };
  const run = new Function('fetch', 'console', `return (async () => { ${snippet} })();`) as (
    f: unknown,
    c: unknown,
  ) => Promise<void>;
  await run(fetch, { log: () => undefined });
  return calls;
}
