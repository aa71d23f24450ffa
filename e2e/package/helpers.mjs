// Helpers for the package test (package.test.mjs): a temporary project, commands run in it,
// and `npx tilecast` started in its own process group so it can be stopped with its children.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** Runs a command; resolves with its exit code and output instead of throwing. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { maxBuffer: 64 * 1024 * 1024, timeout: 180_000, ...options },
      (error, stdout, stderr) => {
        resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** Like run, but fails with the command's output when it does not exit 0. */
export async function ok(command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0)
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`,
    );
  return result;
}

/** A port the OS says is free on 127.0.0.1 right now. */
export async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts `npx tilecast …` in `cwd`; `stop()` ends its whole process group. */
export function startTilecast(cwd, args, options = {}) {
  const child = spawn('npx', ['--no-install', 'tilecast', ...args], {
    cwd,
    ...options,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit');
  return {
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
    },
  };
}

/** Polls `url` until it answers (any status); returns the milliseconds it took. */
export async function firstAnswer(url, started, timeoutMs = 30_000) {
  for (;;) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`${url} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
