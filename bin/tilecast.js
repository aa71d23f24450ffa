#!/usr/bin/env node
// `tilecast relay [--port N] [--host [ADDRESS]] [--dist DIR]`: the built app and the relay on
// one port, without Vite. Build first: `npm run build && npm run build:relay`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist-relay/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('Tilecast: the relay is not built yet. Run: npm run build && npm run build:relay');
  process.exit(1);
}
await import(cli.href);
