// The command line of `npx tilecast` (and its alias `tilecast relay`), parsed without side
// effects so every flag and every mistake has a unit test.

export const DEFAULT_PORT = 4173;

export const USAGE = `Usage: tilecast [relay] [options]
       tilecast ca

Serves the Tilecast emulator and its relay on one port (default http://127.0.0.1:${DEFAULT_PORT}/).
Open the page in a browser; back ends push to the relay URIs it shows.

Options:
  --headless        no browser: the push service and phone run in this process, with a JSON
                    control API under /_tilecast/ (channels, journal, phone, wait, reset…)
  --port N          listen on port N (default ${DEFAULT_PORT}, or $PORT when set)
  --host [ADDRESS]  listen on ADDRESS instead of loopback; alone: every interface (0.0.0.0).
                    Anyone who can reach the port can then push to your emulator.
  --allowed-host N  also answer to the host name N (e.g. a name on your LAN; DNS rebinding
                    protection refuses names it does not know)
  --open            open the emulator in the default browser
  --dist DIR        serve another build of the app instead of the packaged one
  -h, --help        print this help

HTTPS: the server also accepts CONNECT to port 443 of the push hosts, as an HTTPS proxy
(HTTPS_PROXY, curl -x) for clients that hard-code them. \`tilecast ca\` prints the certificate
of Tilecast's CA (created in $TILECAST_HOME, default ~/.tilecast) for those clients to trust;
it can vouch only for login.live.com, *.notify.windows.com and *.notify.live.net.

\`tilecast relay\` is the same command as \`tilecast\` (kept for older scripts).`;

export type CliOptions = {
  port: number;
  /** Addresses to bind; undefined means loopback only. */
  hosts?: string[];
  open: boolean;
  dist?: string;
  /** The Node phone and the control API instead of the browser emulator. */
  headless: boolean;
  /** Host names to answer to besides IP literals, localhost and the push hosts. */
  allowedHosts: string[];
};

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'ca' }
  | { kind: 'error'; message: string }
  | { kind: 'serve'; options: CliOptions };

const error = (message: string): CliCommand => ({ kind: 'error', message });

function parsePort(text: string | undefined, from: string): number | string {
  const port = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || port < 1 || port > 65535)
    return `${from} must be a port number from 1 to 65535 (got ${text === undefined ? 'nothing' : `"${text}"`})`;
  return port;
}

/** `args` is `process.argv.slice(2)`; `env` supplies `PORT`, the usual default for servers. */
export function parseCliArgs(args: string[], env: { PORT?: string } = {}): CliCommand {
  let port: number | undefined;
  let hosts: string[] | undefined;
  let open = false;
  let dist: string | undefined;
  let headless = false;
  const allowedHosts: string[] = [];
  const rest = [...args];
  if (rest[0] === 'ca')
    return rest.length === 1 ? { kind: 'ca' } : error('`tilecast ca` takes no options');
  if (rest[0] === 'relay') rest.shift();
  while (rest.length > 0) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    // A flag's value: `--port=N` or `--port N` (a following flag is not a value).
    const takeValue = () =>
      inline ?? (rest[0] !== undefined && !rest[0].startsWith('-') ? rest.shift() : undefined);
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--port': {
        const parsed = parsePort(takeValue(), '--port');
        if (typeof parsed === 'string') return error(parsed);
        port = parsed;
        break;
      }
      case '--host': {
        const value = takeValue();
        hosts = [value === undefined || value === '' ? '0.0.0.0' : value];
        break;
      }
      case '--open':
        if (inline !== undefined) return error('--open takes no value');
        open = true;
        break;
      case '--headless':
        if (inline !== undefined) return error('--headless takes no value');
        headless = true;
        break;
      case '--allowed-host': {
        const value = takeValue();
        if (!value || !/^\.?[a-z0-9.-]+$/i.test(value))
          return error('--allowed-host needs a host name (a leading dot allows its subdomains)');
        allowedHosts.push(value.toLowerCase());
        break;
      }
      case '--dist': {
        const value = takeValue();
        if (!value) return error('--dist needs a folder (the built app)');
        dist = value;
        break;
      }
      default:
        return error(
          arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument "${arg}"`,
        );
    }
  }
  if (port === undefined && env.PORT !== undefined) {
    const parsed = parsePort(env.PORT, 'PORT');
    if (typeof parsed === 'string') return error(parsed);
    port = parsed;
  }
  if (headless && (open || dist !== undefined))
    return error('--headless serves no page: it takes neither --open nor --dist');
  return {
    kind: 'serve',
    options: { port: port ?? DEFAULT_PORT, hosts, open, dist, headless, allowedHosts },
  };
}

/** The address to show people: a wildcard bind is still reachable on loopback. */
export function displayHost(hosts: string[] | undefined): string {
  const host = hosts?.[0] ?? '127.0.0.1';
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** The command that opens a URL in the default browser on this platform. */
export function openCommand(platform: string, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the "".
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]];
  return ['xdg-open', [url]];
}
