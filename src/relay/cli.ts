// `npx tilecast` (alias `tilecast relay`): the prebuilt emulator and the relay on one port,
// without Vite. Flags: src/relay/cli-args.ts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { displayHost, openCommand, parseCliArgs, USAGE, type CliOptions } from './cli-args.ts';
import { nextFreePort, portInUse } from './free-port.ts';
import { startStandalone } from './standalone.ts';

const LOOPBACK = ['127.0.0.1', '::1'];

/** One line on stderr and exit 1: a port clash is the usual failure, so name a free one. */
async function portTaken(port: number, hosts: string[]): Promise<never> {
  const free = await nextFreePort(port, hosts);
  console.error(
    free === undefined
      ? `Port ${port} is in use, and so are the next 100; pick one with --port N`
      : `Port ${port} is in use; try --port ${free}`,
  );
  process.exit(1);
}

function openBrowser(url: string) {
  const [command, args] = openCommand(process.platform, url);
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  const fallback = () => console.log(`Could not open a browser here; open ${url} yourself.`);
  // No opener (ENOENT), or one that found no browser (xdg-open exits 3 on a bare server).
  child.on('error', fallback);
  child.on('exit', (code) => code !== 0 && fallback());
  child.unref();
}

async function serve(options: CliOptions) {
  const hosts = options.hosts ?? LOOPBACK;
  // Any other failure (EACCES for a low port, an address this machine lacks): say which.
  const cannotListen = (error: NodeJS.ErrnoException): never => {
    console.error(`Tilecast could not listen on port ${options.port}: ${error.message}`);
    process.exit(1);
  };
  if (await portInUse(options.port, hosts).catch(cannotListen))
    await portTaken(options.port, hosts);
  const root = options.dist ?? fileURLToPath(new URL('../dist', import.meta.url));
  const started = await startStandalone({ port: options.port, hosts, root }).catch(
    (error: NodeJS.ErrnoException) =>
      // Taken between the probe and the bind.
      error.code === 'EADDRINUSE' ? portTaken(options.port, hosts) : cannotListen(error),
  );
  const base = `http://${displayHost(options.hosts)}:${options.port}`;
  console.log(`Tilecast: emulator and relay at ${base}/`);
  console.log(`Relay URIs look like ${base}/relay/db5.notify.windows.com/?token=…`);
  if (options.open) openBrowser(`${base}/`);
  const stop = () => void started.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const command = parseCliArgs(process.argv.slice(2), process.env);
if (command.kind === 'help') console.log(USAGE);
else if (command.kind === 'error') {
  console.error(`tilecast: ${command.message}\n\n${USAGE}`);
  process.exit(2);
} else await serve(command.options);
