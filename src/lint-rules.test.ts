// The layer rules of ../shared/ARCHITECTURE.md are lint rules (eslint.config.js). This suite
// lints probe snippets as if they lived in each layer, so a hole in a zone (a rule that never
// fires, or one that fires on clean code) fails here rather than in review.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
// The layers the config names: one list, checked below against the folders and ARCHITECTURE.
import { layers } from '../eslint.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });
});

type Finding = { rule: string | null; message: string };

/** Lints `code` as the file `path` (relative to the repo); the findings of the layer rules. */
async function lint(path: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

/** What each layer may import of ours (ARCHITECTURE's table); every other layer is refused. */
const mayImport: Record<string, string[]> = {
  protocol: [],
  service: ['protocol'],
  device: ['protocol'],
  store: ['protocol', 'service', 'device'],
  transport: ['protocol', 'store', 'cloud'],
  features: ['store', 'components', 'lib', 'renderers', 'cloud'],
  app: ['features', 'components'],
  relay: ['protocol'],
  server: ['protocol', 'relay', 'transport', 'store', 'cloud'],
  renderers: [],
  components: ['lib'],
  lib: [],
  testing: ['cloud'],
  cloud: ['protocol', 'lib'],
  fidelity: ['protocol', 'renderers'],
};

/** A file inside each layer, one folder deep where the layer has sub-folders of its own. */
const fileIn = (layer: string) =>
  layer === 'features' ? 'src/features/phone/probe.tsx' : `src/${layer}/probe.ts`;
const up = (layer: string) => (layer === 'features' ? '../../' : '../');

const importRule = '@typescript-eslint/no-restricted-imports';
const refused = (findings: Finding[]) => findings.filter((f) => f.rule === importRule);

describe('every folder under src/ is a layer with a zone', () => {
  const folders = readdirSync(`${root}src`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it('names each folder as a layer', () => {
    expect([...folders].sort()).toEqual([...layers].sort());
  });

  it.each(folders)('%s/ refuses a layer it may not import, saying why', async (folder) => {
    const other = layers.find((l) => l !== folder && !mayImport[folder]?.includes(l))!;
    const findings = refused(await lint(`src/${folder}/probe.ts`, `import '../${other}/x';\n`));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(`${folder}/`);
  });
});

describe('imports between layers', () => {
  for (const layer of layers) {
    for (const other of layers.filter((l) => l !== layer)) {
      const allowed = mayImport[layer]!.includes(other);
      it(`${layer}/ ${allowed ? 'may' : 'may not'} import ${other}/`, async () => {
        const code = `import { x } from '${up(layer)}${other}/x';\nexport const y = x;\n`;
        const findings = refused(await lint(fileIn(layer), code));
        if (allowed) expect(findings).toEqual([]);
        else expect(findings.map((f) => f.message).join('\n')).toMatch(/restricted.*\w+\/ /);
      });
    }
  }

  it('a folder whose name merely ends like a layer is not refused ("stdlib", "my-store")', async () => {
    const code = `import { a } from './stdlib';\nimport { b } from './my-store';\nexport const c = a + b;\n`;
    for (const layer of layers) expect(refused(await lint(fileIn(layer), code))).toEqual([]);
  });

  it('features/ may import types, not values, from protocol/', async () => {
    const file = fileIn('features');
    expect(refused(await lint(file, "import type { T } from '../../protocol/x';\n"))).toEqual([]);
    expect(
      refused(await lint(file, "import { x } from '../../protocol/x';\n"))[0]?.message,
    ).toMatch(/only types from protocol/);
  });

  it('testing/ may import types, not values, from store/ and protocol/', async () => {
    const file = 'src/testing/probe.ts';
    expect(refused(await lint(file, "import type { T } from '../store';\n"))).toEqual([]);
    for (const layer of ['store', 'protocol'])
      expect(refused(await lint(file, `import { x } from '../${layer}/x';\n`))).toHaveLength(1);
  });

  it('a feature never imports another feature', async () => {
    const findings = refused(
      await lint(fileIn('features'), "import { x } from '../inspector/x';\n"),
    );
    expect(findings[0]?.message).toMatch(/never imports another feature/);
  });

  it('tests beside the code may use testing/ helpers; the code itself may not', async () => {
    const code = "import { t } from '../testing/protocol-table';\nexport const u = t;\n";
    expect(refused(await lint('src/transport/probe.test.ts', code))).toEqual([]);
    expect(refused(await lint('src/transport/probe.ts', code))).toHaveLength(1);
  });
});

describe('packages each layer may not import', () => {
  const packages: [string, string, string[]][] = [
    // package, probe, layers that may import it
    [
      'react',
      "import { useState } from 'react';",
      ['store', 'features', 'app', 'renderers', 'components', 'fidelity'],
    ],
    [
      'react-dom',
      "import { createPortal } from 'react-dom';",
      ['store', 'features', 'app', 'renderers', 'components', 'fidelity'],
    ],
    ['fast-xml-parser', "import { XMLParser } from 'fast-xml-parser';", []],
    ['msw', "import { http } from 'msw';", ['transport']],
    ['zustand', "import { create } from 'zustand';", ['store']],
    ['ws', "import { WebSocketServer } from 'ws';", ['relay']],
  ];
  for (const [name, probe, allowedIn] of packages) {
    for (const layer of layers) {
      const allowed = allowedIn.includes(layer);
      it(`${layer}/ ${allowed ? 'may' : 'may not'} import ${name}`, async () => {
        const findings = refused(await lint(fileIn(layer), `${probe}\nexport {};\n`));
        expect(findings).toHaveLength(allowed ? 0 : 1);
      });
    }
  }

  it('the pure core says why it refuses React', async () => {
    for (const layer of ['protocol', 'service', 'device']) {
      const [finding] = refused(await lint(fileIn(layer), "import { useState } from 'react';\n"));
      expect(finding?.message).toContain(`${layer}/ runs without a view`);
    }
  });

  it('src/protocol/xml.ts alone parses XML, under every other protocol/ rule', async () => {
    const xml = 'src/protocol/xml.ts';
    expect(refused(await lint(xml, "import { XMLParser } from 'fast-xml-parser';\n"))).toEqual([]);
    // Its own zone once replaced protocol/'s whole list: these went through.
    for (const probe of [
      "import { useState } from 'react';",
      "import { http } from 'msw';",
      "import { create } from 'zustand';",
      "import { WebSocketServer } from 'ws';",
      "import { x } from '../store/x';",
      "import { x } from '../lib/x';",
    ])
      expect(refused(await lint(xml, `${probe}\n`)), probe).toHaveLength(1);
  });
});

describe('the pure core (protocol/, service/, device/) reads no clock, chance or host', () => {
  const probes: [string, string, string | RegExp][] = [
    ['Math.random', 'export const r = Math.random();', /Random.*service\/random\.ts/],
    ['new Date()', 'export const d = new Date();', /virtual clock/],
    ['Date()', 'export const d = Date();', /virtual clock/],
    ['Date.now', 'export const n = Date.now();', /virtual clock/],
    ['performance', 'export const n = performance.now();', /virtual clock/],
    ['window', 'export const w = window.innerWidth;', /host APIs/],
    ['document', 'export const t = document.title;', /host APIs/],
    ['globalThis', 'export const t = globalThis.setTimeout;', /host APIs/],
    ['localStorage', "export const v = localStorage.getItem('k');", /persistence lives in store/],
    ['indexedDB', "export const o = indexedDB.open('k');", /persistence lives in store/],
    ['setTimeout', 'setTimeout(() => {}, 1);', /virtual clock owns every platform timer/],
    ['setInterval', 'setInterval(() => {}, 1);', /virtual clock owns every platform timer/],
    ['crypto', 'export const b = crypto.getRandomValues(new Uint8Array(4));', /Secret/],
    ['fetch', "export const f = fetch('https://example.invalid/');", /never makes them/],
  ];
  for (const layer of ['protocol', 'service', 'device']) {
    for (const [name, code, why] of probes) {
      it(`${layer}/ refuses ${name}`, async () => {
        const findings = (await lint(fileIn(layer), `${code}\n`)).filter((f) =>
          f.rule?.startsWith('no-restricted-'),
        );
        expect(findings.length, code).toBeGreaterThan(0);
        expect(findings[0]!.message).toMatch(why);
      });
    }
  }

  it('leaves the same code alone outside the core', async () => {
    for (const [, code] of probes.filter(([name]) => !name.startsWith('Date')))
      expect(await lint('src/store/probe.ts', `${code}\n`), code).toEqual([]);
  });

  it('passes clean pure code: time, chance and bytes come in as arguments', async () => {
    const code = [
      "import { parse } from './parse';",
      'type Env = { now: number; random: () => number; secret: (b: Uint8Array) => Uint8Array };',
      'export function stamp(body: string, env: Env) {',
      '  const at = new Date(env.now).toISOString();',
      '  const id = Math.floor(env.random() * 1000);',
      '  const token = env.secret(new Uint8Array(8));',
      '  return { at, id, token, hideAt: env.now + 6000, doc: parse(body) };',
      '}',
      '',
    ].join('\n');
    for (const layer of ['protocol', 'service', 'device'])
      expect(await lint(`src/${layer}/probe.ts`, code)).toEqual([]);
  });

  it('lets test support stand in for the host with real bytes', async () => {
    const code = 'export const b = crypto.getRandomValues(new Uint8Array(4));\n';
    expect(await lint('src/service/probe.test.ts', code)).toEqual([]);
    expect(await lint('src/service/wns/test-world.ts', code)).toEqual([]);
  });
});
