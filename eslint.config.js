// Layer boundaries from ../shared/ARCHITECTURE.md, written as lint rules that say why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Every folder under src/ is a layer with a zone below (src/lint-rules.test.ts checks both).
export const layers = [
  'protocol',
  'service',
  'device',
  'store',
  'transport',
  'features',
  'app',
  'relay',
  'server',
  'renderers',
  'components',
  'lib',
  'testing',
  'cloud',
  'fidelity',
];
const features = ['phone', 'inspector', 'composer', 'controls'];

const why = {
  protocol: 'protocol/ is the pure wire format; it may import nothing of ours.',
  service: 'service/ is the pure push-service model; it may import only protocol/.',
  device: 'device/ is the pure phone model; it may import only protocol/.',
  store: 'store/ orchestrates service/, device/ and protocol/; UI and transport sit above it.',
  transport: 'transport/ is a thin edge over store/ and protocol/.',
  features:
    'features/ read the store through selectors; they never reach transport/ or the pure core.',
  components: 'components/ are generic presentational pieces; they know nothing of the app.',
  lib: 'lib/ holds tiny generic helpers; it knows nothing of the app.',
  renderers:
    "renderers/ are the phone's renderers: pure React views of templates and profiles, fed by props; they never read the store or the core.",
  app: 'app/ only places the features (and generic components around them).',
  relay:
    'relay/ is Node-only (http, ws): it reaches the page only through the tunnel in protocol/, and no browser code may import it.',
  server:
    'server/ composes the Node hosts (headless phone, control API) from relay/ and transport/; nothing imports it but its CLI.',
  cloud:
    "cloud/ is the sender's side of the wire (composer, fixtures, tests): it knows protocol/ and lib/, never the emulator.",
  fidelity:
    "fidelity/ is the designers' comparison tool (npm run fidelity): it draws renderers/ in a harness page and scores them against the reference pictures; the app never imports it.",
  testing:
    'testing/ is the shipped test fixtures: it runs in the test runner and talks to window.tilecast, so only types cross from store/ and protocol/; only tests import it.',
};

/** One pattern that bans importing `layer` (a folder under src/, or `a|b`), with the reason. */
const ban = (layer, message, allowTypeImports = false) => ({
  // Grouped, so `a|b` cannot split the boundaries: `(^|/)a|b(/|$)` would match "stdlib".
  regex: `(^|/)(${layer})(/|$)`,
  message,
  allowTypeImports,
});

const banPackage = (name, message) => ({ regex: `^(${name})(/|$)`, message });
const onlyXml = banPackage(
  'fast-xml-parser',
  'Only src/protocol/xml.ts parses XML, so positions and safety rules live in one place.',
);
const onlyTransport = banPackage(
  'msw',
  'Only transport/ knows msw: the core stays host-agnostic (browser worker, Node, relay).',
);
const onlyStore = banPackage(
  'zustand',
  'Only store/ knows zustand: read state through the hooks store/ exports.',
);
const onlyRelay = banPackage(
  'ws',
  "Only relay/ (Node) serves WebSockets; the page uses the browser's own WebSocket.",
);
const noReact = (layer) =>
  banPackage(
    'react|react-dom',
    `${layer}/ runs without a view (page, Node, relay alike): no React or its hooks here; views live in features/ and renderers/.`,
  );

const others = (allowed) => layers.filter((l) => !allowed.includes(l));

// What the pure core (protocol/, service/, device/) may not reach for, and why.
const pureCore = ['src/protocol/**/*.ts', 'src/service/**/*.ts', 'src/device/**/*.ts'];
const pureCoreTestWorlds = pureCore.map((f) => f.replace('*.ts', 'test-world.ts'));
const pure = 'The pure core (protocol/, service/, device/) is deterministic';
const clock = `${pure}: time comes in as \`now\` from the virtual clock (store/clock.ts).`;
const host = `${pure} and runs in the page, in Node and in the relay alike: host APIs stay in store/ and transport/.`;
const timer = `${pure}: the virtual clock owns every platform timer; return a due time (e.g. hideAt) and let store/ release it.`;
const storage = `${pure}: persistence lives in store/; the core gets state in and returns state out.`;
const wallClock = {
  object: 'Date',
  property: 'now',
  message: 'Time comes from the virtual clock (store/clock.ts); pass `now` into pure code.',
};
const impureGlobals = [
  ['performance', clock],
  ['window', host],
  ['document', host],
  ['navigator', host],
  ['location', host],
  ['fetch', `${pure}: it answers requests and never makes them.`],
  ['localStorage', storage],
  ['sessionStorage', storage],
  ['indexedDB', storage],
  ['setTimeout', timer],
  ['setInterval', timer],
  ['setImmediate', timer],
  ['requestAnimationFrame', timer],
  [
    'crypto',
    `${pure}: unpredictable bytes come from the host as a \`Secret\` (service/random.ts), so tests can inject them.`,
  ],
].map(([name, message]) => ({ name, message }));
const impureProperties = [
  {
    object: 'Math',
    property: 'random',
    message: `${pure}: take a \`Random\` (service/random.ts, seeded in tests) instead of Math.random.`,
  },
  { object: 'globalThis', message: host },
  { object: 'self', message: host },
];
const impureSyntax = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: `${clock} Write new Date(now) to format it.`,
  },
  { selector: "CallExpression[callee.name='Date']", message: clock },
];

/**
 * A layer's zone: the layers (folders under src/) and packages its files may not import, each
 * with the reason. Flat config lets a later `no-restricted-imports` for the same file REPLACE an
 * earlier one, so each zone spells out its whole list and zones never overlap (`ignores` carves
 * out a file with a zone of its own). `where` are folder globs (`src/store/**`) or files; tests
 * beside the code may also import testing/'s helpers.
 */
function zone(where, { layer, allowed, packages = [], extra = [], ignores = [] }) {
  const rule = (also) => ({
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          ...others([layer, ...allowed, ...also]).map((l) => ban(l, why[layer])),
          ...extra,
          ...[onlyXml, onlyTransport, onlyStore, onlyRelay].filter((p) => !packages.includes(p)),
        ],
      },
    ],
  });
  const folders = where.filter((w) => !/\.tsx?$/.test(w));
  const files = where.map((w) => (folders.includes(w) ? `${w}/*.{ts,tsx}` : w));
  return [
    { files, ignores: [...ignores, '**/*.test.{ts,tsx}'], rules: rule([]) },
    ...(folders.length
      ? [{ files: folders.map((f) => `${f}/*.test.{ts,tsx}`), ignores, rules: rule(['testing']) }]
      : []),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-relay',
      'dist-lib',
      'bench/.build',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  // Benchmark scenarios pass callbacks to page.evaluate: they run in the browser.
  {
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-properties': ['error', wallClock] },
  },
  {
    // Playwright fixtures call `use(value)`, which is not React's `use` hook.
    files: ['src/testing/**/*.ts', 'e2e/**/*.ts', 'examples/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Files at the root of src/ (main.tsx) keep the package rules; every folder has its own zone.
  {
    files: ['src/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [onlyXml, onlyTransport, onlyStore, onlyRelay] },
      ],
    },
  },
  ...zone(['src/protocol/**'], {
    layer: 'protocol',
    allowed: [],
    extra: [noReact('protocol')],
    ignores: ['src/protocol/xml.ts'],
  }),
  ...zone(['src/protocol/xml.ts'], {
    layer: 'protocol',
    allowed: [],
    extra: [noReact('protocol')],
    packages: [onlyXml],
  }),
  ...zone(['src/service/**'], {
    layer: 'service',
    allowed: ['protocol'],
    extra: [noReact('service')],
  }),
  ...zone(['src/device/**'], {
    layer: 'device',
    allowed: ['protocol'],
    extra: [noReact('device')],
  }),
  // store/ exports React hooks over its state (store/react.ts), so React is allowed here.
  ...zone(['src/store/**'], {
    layer: 'store',
    allowed: ['protocol', 'service', 'device'],
    packages: [onlyStore],
  }),
  ...zone(['src/transport/**'], {
    layer: 'transport',
    allowed: ['protocol', 'store', 'cloud'],
    extra: [noReact('transport')],
    packages: [onlyTransport],
  }),
  // Top-level files of features/ and each feature; a feature never imports another.
  ...[undefined, ...features].flatMap((feature) =>
    zone([feature ? `src/features/${feature}/**` : 'src/features'], {
      layer: 'features',
      allowed: ['store', 'components', 'lib', 'renderers', 'protocol', 'cloud'],
      extra: [
        ban('protocol', 'features/ may import only types from protocol/.', true),
        ...features
          .filter((f) => f !== feature)
          .map((f) =>
            ban(
              `features/${f}|\\.\\./${f}`,
              'A feature never imports another feature; share through components/ or the store.',
            ),
          ),
      ],
    }),
  ),
  ...zone(['src/renderers/**'], { layer: 'renderers', allowed: [] }),
  ...zone(['src/components/**'], { layer: 'components', allowed: ['lib'] }),
  ...zone(['src/lib/**'], { layer: 'lib', allowed: [], extra: [noReact('lib')] }),
  ...zone(['src/testing/**'], {
    layer: 'testing',
    allowed: ['store', 'protocol', 'cloud'],
    extra: [noReact('testing'), ban('store|protocol', why.testing, true)],
  }),
  ...zone(['src/cloud/**'], {
    layer: 'cloud',
    allowed: ['protocol', 'lib'],
    extra: [noReact('cloud')],
  }),
  ...zone(['src/fidelity/**'], { layer: 'fidelity', allowed: ['protocol', 'renderers'] }),
  ...zone(['src/app/**'], { layer: 'app', allowed: ['features', 'components'] }),
  ...zone(['src/relay/**'], {
    layer: 'relay',
    allowed: ['protocol'],
    extra: [noReact('relay')],
    packages: [onlyRelay],
  }),
  ...zone(['src/server/**'], {
    layer: 'server',
    allowed: ['protocol', 'relay', 'transport', 'store', 'cloud'],
    extra: [noReact('server')],
  }),
  // The pure core is deterministic: `(state, request, now) → result`, the same in the page,
  // in Node and under the relay. Time, randomness, timers and the host come in as arguments.
  {
    files: pureCore,
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': ['error', wallClock, ...impureProperties],
      'no-restricted-syntax': ['error', ...impureSyntax],
    },
  },
  // Test support stands in for the host, so it may draw unpredictable bytes itself.
  {
    files: [...pureCore.map((f) => f.replace('*.ts', '*.test.ts')), ...pureCoreTestWorlds],
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals.filter((g) => g.name !== 'crypto')],
      'no-restricted-properties': ['error', wallClock, impureProperties[0]],
    },
  },
);
