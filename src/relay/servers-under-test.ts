// The three servers that carry the relay, started in-process on a free loopback port for the
// relay's Node tests: the standalone server, `vite preview` (with the repo's vite.config.ts,
// so its headers and CORS are the real ones) and `vite dev` (the plugin alone).
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, preview } from 'vite';
import type { BodyLimits } from './body.ts';
import { startStandalone } from './standalone.ts';
import { tilecastRelay } from './vite-plugin.ts';

export type ServerKind = 'standalone' | 'vite preview' | 'vite dev';

export type ServerUnderTest = { kind: ServerKind; port: number; close(): Promise<void> };

/** A built app of one page, as `dist/` would hold it. */
export function fakeDist(): string {
  const root = mkdtempSync(join(tmpdir(), 'tilecast-dist-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tilecast</title>');
  writeFileSync(join(root, 'mockServiceWorker.js'), 'self.addEventListener("fetch", () => {});');
  return root;
}

const portOf = (address: AddressInfo | string | null) => (address as AddressInfo).port;

export async function startServer(
  kind: ServerKind,
  options: { bodyLimits?: BodyLimits } = {},
): Promise<ServerUnderTest> {
  const root = fakeDist();
  if (kind === 'standalone') {
    const server = await startStandalone({ port: 0, hosts: ['127.0.0.1'], root, ...options });
    return { kind, port: portOf(server.servers[0]!.address()), close: server.close };
  }
  if (kind === 'vite preview') {
    const server = await preview({
      configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
      logLevel: 'silent',
      build: { outDir: root },
      preview: { port: 0, strictPort: true, open: false },
    });
    return { kind, port: portOf(server.httpServer.address()), close: () => server.close() };
  }
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [tilecastRelay(options)],
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  return { kind, port: portOf(server.httpServer!.address()), close: () => server.close() };
}
