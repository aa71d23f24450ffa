// `node bench/push-cost.mjs [--no-build]`: a push's cost to the store at an empty journal and at a
// full ring (50,000 entries), in Node: µs per push, bytes allocated per push (sampling heap
// profiler, collected objects included) and the functions with the most CPU time at the ring.
// Then the other axes of issue 21: a store as a day of use leaves it (100 apps with live tiles, 200
// channels, 10,000 toasts, 5,000 drops, 5,000 raw messages), against the empty one.
// The store alone: the page's costs (the journal view, saving) are B8's.
import { Session } from 'node:inspector/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '.build/push-cost');
if (!process.argv.includes('--no-build'))
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(here, '..'),
    build: {
      ssr: resolve(here, 'push-cost-entry.ts'),
      outDir: out,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'push-cost.mjs' } },
    },
  });
const { storeAt, storeLoaded } = await import(pathToFileURL(resolve(out, 'push-cost.mjs')).href);
const session = new Session();
session.connect();

const PUSHES = 2000;
async function measure(size) {
  const { push } = size === 'day' ? storeLoaded() : storeAt(size);
  for (let i = 0; i < 200; i++) push(); // warm up
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < PUSHES; i++) push();
  const elapsed = performance.now() - t0;
  const { profile } = await session.post('Profiler.stop');
  const { profile: heap } = await session.post('HeapProfiler.stopSampling');
  let bytes = 0;
  const walk = (node) => {
    bytes += node.selfSize;
    node.children.forEach(walk);
  };
  walk(heap.head);
  // Self time per function, from the CPU profile's samples.
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, count] of counts) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + count);
  }
  const total = profile.samples.length;
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6);
  return { size, usPerPush: (elapsed / PUSHES) * 1000, bytesPerPush: bytes / PUSHES, top, total };
}

console.log('a day of use:', JSON.stringify(storeLoaded().shape));
for (const size of [0, 50_000, 'day', 0, 50_000, 'day']) {
  const r = await measure(size);
  console.log(
    `${r.size === 'day' ? 'day of use    ' : `journal ${String(r.size).padStart(6)}`}: ${r.usPerPush.toFixed(0).padStart(5)} µs/push, ` +
      `${(r.bytesPerPush / 1024).toFixed(1).padStart(7)} KB allocated/push`,
  );
  if (r.size !== 0)
    for (const [fn, n] of r.top)
      console.log(`    ${((n / r.total) * 100).toFixed(1).padStart(5)}%  ${fn}`);
}
