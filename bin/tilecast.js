#!/usr/bin/env node
// `npx tilecast [--port N] [--host [ADDRESS]] [--open]` (alias `tilecast relay`): the prebuilt
// app and the relay on one port. The package ships dist-relay/ built; in a clone of the
// repository, `npm run build` makes it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist-relay/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('Tilecast: the relay is not built yet. Run: npm run build');
  process.exit(1);
}
await import(cli.href);
