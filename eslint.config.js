// Layer boundaries from ../shared/ARCHITECTURE.md, written as lint rules that say why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layers = [
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
  'cloud',
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
  shared: 'components/ and lib/ are generic; they know nothing of the app.',
  renderers:
    "renderers/ are the phone's renderers: pure React views of templates and profiles, fed by props; they never read the store or the core.",
  app: 'app/ only places the features.',
  cloud:
    "cloud/ is the sender's side of the wire (composer, fixtures, tests): it knows protocol/ and lib/, never the emulator.",
  relay:
    'relay/ is Node-only (http, ws): it reaches the page only through the tunnel in protocol/, and no browser code may import it.',
  server:
    'server/ composes the Node hosts (headless phone, control API) from relay/ and transport/; nothing imports it but its CLI.',
};

/** One pattern that bans importing `layer` (a folder under src/), with the reason. */
const ban = (layer, message, allowTypeImports = false) => ({
  regex: `(^|/)${layer}(/|$)`,
  message,
  allowTypeImports,
});

const banPackage = (name, message) => ({ regex: `^${name}(/|$)`, message });
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

/** Every zone also keeps the Node-only `ws` package out, except relay/'s own. */
const restrict = (files, patterns, { ws = false } = {}) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: ws ? patterns : [...patterns, onlyRelay] },
    ],
  },
});

const others = (allowed) => layers.filter((l) => !allowed.includes(l));

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
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Time comes from the virtual clock (store/clock.ts); pass `now` into pure code.',
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use(value)`, which is not React's `use` hook.
    files: ['src/testing/**/*.ts', 'e2e/**/*.ts', 'examples/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  restrict(['src/**/*.{ts,tsx}'], [onlyXml, onlyTransport, onlyStore]),
  restrict(
    ['src/protocol/**/*.ts'],
    [
      ...others([]).map((l) => ban(l, why.protocol)),
      ban('components|lib', why.protocol),
      onlyTransport,
      onlyStore,
    ],
  ),
  restrict(
    ['src/protocol/xml.ts'],
    others([]).map((l) => ban(l, why.protocol)),
  ),
  restrict(
    ['src/service/**/*.ts'],
    [
      ...others(['protocol', 'service']).map((l) => ban(l, why.service)),
      onlyXml,
      onlyTransport,
      onlyStore,
    ],
  ),
  restrict(
    ['src/device/**/*.ts'],
    [
      ...others(['protocol', 'device']).map((l) => ban(l, why.device)),
      onlyXml,
      onlyTransport,
      onlyStore,
    ],
  ),
  restrict(
    ['src/store/**/*.{ts,tsx}'],
    [
      ...others(['protocol', 'service', 'device', 'store']).map((l) => ban(l, why.store)),
      onlyXml,
      onlyTransport,
    ],
  ),
  restrict(
    ['src/transport/**/*.ts'],
    [
      ...others(['protocol', 'store', 'transport', 'cloud']).map((l) => ban(l, why.transport)),
      onlyXml,
      onlyStore,
    ],
  ),
  ...features.map((feature) =>
    restrict(
      [`src/features/${feature}/**/*.{ts,tsx}`],
      [
        ...['service', 'device', 'transport', 'app', 'relay'].map((l) => ban(l, why.features)),
        ban('protocol', 'features/ may import only types from protocol/.', true),
        ...features
          .filter((f) => f !== feature)
          .map((f) =>
            ban(
              `features/${f}|\\.\\./${f}`,
              'A feature never imports another feature; share through components/ or the store.',
            ),
          ),
        onlyXml,
        onlyTransport,
        onlyStore,
      ],
    ),
  ),
  restrict(
    ['src/renderers/**/*.{ts,tsx}'],
    [
      ...others(['renderers']).map((l) => ban(l, why.renderers)),
      ban('components|lib', why.renderers),
      onlyXml,
      onlyTransport,
      onlyStore,
    ],
  ),
  restrict(
    ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.ts'],
    [...layers.map((l) => ban(l, why.shared)), onlyXml, onlyTransport, onlyStore],
  ),
  restrict(
    ['src/testing/**/*.ts'],
    [
      ...others(['store', 'protocol', 'cloud']).map((l) =>
        ban(l, 'testing/ runs in the test runner, not the page: it talks to window.tilecast.'),
      ),
      ban(
        'store|protocol',
        'testing/ may import only types: the emulator runs in the page, not here.',
        true,
      ),
      onlyXml,
      onlyTransport,
      onlyStore,
    ],
  ),
  restrict(
    ['src/cloud/**/*.ts'],
    [
      ...others(['protocol', 'cloud']).map((l) => ban(l, why.cloud)),
      ban('components', why.cloud),
      onlyXml,
      onlyTransport,
      onlyStore,
    ],
  ),
  restrict(
    ['src/app/**/*.{ts,tsx}'],
    [...others(['features', 'app']).map((l) => ban(l, why.app)), onlyXml, onlyTransport, onlyStore],
  ),
  restrict(
    ['src/relay/**/*.ts'],
    [
      ...others(['protocol', 'relay']).map((l) => ban(l, why.relay)),
      onlyXml,
      onlyTransport,
      onlyStore,
    ],
    { ws: true },
  ),
  restrict(
    ['src/server/**/*.ts'],
    [
      ...others(['protocol', 'relay', 'transport', 'store', 'server', 'cloud']).map((l) =>
        ban(l, why.server),
      ),
      onlyXml,
      onlyTransport,
      onlyStore,
    ],
  ),
);
