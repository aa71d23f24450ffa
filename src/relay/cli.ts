// `npm run relay` / `tilecast relay`: the built app and the relay together, without Vite.
import { fileURLToPath } from 'node:url';
import { startStandalone } from './standalone.ts';

const args = process.argv.slice(2).filter((a) => a !== 'relay');
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i === -1 ? undefined : args[i + 1];
};
const port = Number(value('--port') ?? process.env.PORT ?? 4173);
// `--host` alone binds every interface; `--host ADDRESS` binds that one. Default: loopback only.
const hostAt = args.indexOf('--host');
const hostValue = args[hostAt + 1];
const hosts =
  hostAt === -1 ? undefined : [hostValue && !hostValue.startsWith('--') ? hostValue : '0.0.0.0'];
const root = value('--dist') ?? fileURLToPath(new URL('../dist', import.meta.url));

const started = await startStandalone({ port, hosts, root });
const shown = hosts?.[0] === '0.0.0.0' ? '127.0.0.1' : (hosts?.[0] ?? '127.0.0.1');
console.log(`Tilecast: emulator and relay at http://${shown}:${port}/`);
console.log(`Relay URIs look like http://${shown}:${port}/relay/db5.notify.windows.com/?token=…`);
process.on('SIGINT', () => void started.close().then(() => process.exit(0)));
