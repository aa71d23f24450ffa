// `npx tilecast` (alias `tilecast relay`): the prebuilt emulator and the relay on one port,
// without Vite; `--headless`: the Node phone behind the same URLs with a JSON control API;
// both take CONNECT for the push hosts (HTTPS interception). Flags: cli-args.ts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { displayHost, openCommand, parseCliArgs, USAGE, type CliOptions } from './cli-args.ts';
import { nextFreePort, portInUse } from './free-port.ts';
import { startStandalone } from '../relay/standalone.ts';
import { defaultCa } from './ca.ts';
import { attachConnectProxy } from './connect-proxy.ts';
import { startHeadless } from './headless.ts';

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
  // Taken between the probe and the bind.
  const failed = (error: NodeJS.ErrnoException) =>
    error.code === 'EADDRINUSE' ? portTaken(options.port, hosts) : cannotListen(error);
  const base = `http://${displayHost(options.hosts)}:${options.port}`;
  let started: { close(): Promise<void> };
  if (options.headless) {
    started = await startHeadless({
      port: options.port,
      hosts,
      allowedHosts: options.allowedHosts,
    }).catch(failed);
    console.log(`Tilecast (headless): push service and phone at ${base}/`);
    console.log(
      `Open a channel: curl -X POST ${base}/_tilecast/channels -H 'Content-Type: application/json' -d '{"service":"wns"}'`,
    );
  } else {
    const root = options.dist ?? fileURLToPath(new URL('../dist', import.meta.url));
    const standalone = await startStandalone({
      port: options.port,
      hosts,
      root,
      allowedHosts: options.allowedHosts,
    }).catch(failed);
    const stopProxy = attachConnectProxy(
      standalone.servers,
      (req, res) => standalone.relay.middleware(req, res, () => res.writeHead(404).end()),
      defaultCa,
    );
    started = { close: () => (stopProxy(), standalone.close()) };
    console.log(`Tilecast: emulator and relay at ${base}/`);
    console.log(`Relay URIs look like ${base}/relay/db5.notify.windows.com/?token=…`);
    if (options.open) openBrowser(`${base}/`);
  }
  const stop = () => void started.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const command = parseCliArgs(process.argv.slice(2), process.env);
if (command.kind === 'help') console.log(USAGE);
else if (command.kind === 'ca') process.stdout.write(defaultCa().certPem);
else if (command.kind === 'error') {
  console.error(`tilecast: ${command.message}\n\n${USAGE}`);
  process.exit(2);
} else await serve(command.options);
