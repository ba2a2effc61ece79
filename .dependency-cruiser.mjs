/**
 * The layer rules (docs/ARCHITECTURE.md "Layers"), checked by `npm run deps` in `npm test`:
 *
 *   core ← main/storage ← main/client (relay client, peers, engine, devices) ← main/api
 *        ← hosts (main/electron, main/webhost, main/cli; main/hosting is what they share)
 *   server on core only; the renderer and the preload see only the API contract.
 *
 * Any import cycle anywhere fails, and so does any import that points up or across these
 * layers. scripts/dependency-cruiser.test.ts shows each rule firing on a small tree.
 */
const HOSTS = 'main/(electron|webhost|cli)/';
const TEST = '(\\.test\\.tsx?$|/testing/|^testkit/|^e2e/|^bench/)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle, of files or through type imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-the-bottom',
      comment: 'core (the protocol) depends on nothing of ours but proto.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(main|server|renderer|preload|bench|scripts|e2e)/' },
    },
    {
      name: 'server-on-core-only',
      comment: 'The relay shares only core and proto with the app.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(main|renderer|preload|scripts|e2e)/' },
    },
    {
      name: 'server-code-not-on-tools',
      comment: 'Relay code (tests aside) does not use benches or the test kit.',
      severity: 'error',
      from: { path: '^server/', pathNot: TEST },
      to: { path: '^(bench|testkit)/' },
    },
    {
      name: 'app-starts-the-relay-in-one-place',
      comment:
        'main/ never imports relay code, but for the relay this computer hosts: ' +
        'main/hosting/own-relay.ts, through server/relay.ts and server/config.ts only.',
      severity: 'error',
      from: { path: '^main/', pathNot: '^main/hosting/own-relay\\.ts$' },
      to: { path: '^server/' },
    },
    {
      name: 'own-relay-uses-the-relay-entry',
      comment: 'The hosted relay starts the relay through its entry points, not its insides.',
      severity: 'error',
      from: { path: '^main/hosting/own-relay\\.ts$' },
      to: { path: '^server/', pathNot: '^server/(relay|config)\\.ts$' },
    },
    {
      name: 'storage-below-client',
      comment: 'main/storage knows nothing of the engine, the API or the hosts.',
      severity: 'error',
      from: { path: '^main/storage/' },
      to: { path: '^main/(client|api|hosting|electron|webhost|cli)/' },
    },
    {
      name: 'client-below-api',
      comment: 'The engine (main/client) never imports the API or a host.',
      severity: 'error',
      from: { path: '^main/client/' },
      to: { path: '^main/(api|hosting|electron|webhost|cli)/' },
    },
    {
      name: 'api-below-hosts',
      comment: 'The API is used by the hosts, never the other way round.',
      severity: 'error',
      from: { path: '^main/api/' },
      to: { path: `^(main/hosting/|${HOSTS})` },
    },
    {
      name: 'hosts-apart',
      comment: 'Electron, the browser host and the CLI share code only through main/hosting.',
      severity: 'error',
      from: { path: '^main/(electron|webhost|cli)/' },
      to: { path: `^${HOSTS}`, pathNot: '^main/$1/' },
    },
    {
      name: 'hosting-below-hosts',
      comment: 'main/hosting is shared by the hosts and imports none of them.',
      severity: 'error',
      from: { path: '^main/hosting/' },
      to: { path: `^${HOSTS}` },
    },
    {
      name: 'engine-uses-the-devices-entry',
      comment: 'The engine reaches multi-device code only through main/client/devices/index.ts.',
      severity: 'error',
      from: { path: '^main/client/engine/', pathNot: TEST },
      to: { path: '^main/client/devices/', pathNot: '^main/client/devices/index\\.ts$' },
    },
    {
      name: 'renderer-sees-only-the-contract',
      comment: 'The UI imports nothing of the app but the API contract (types and names).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: {
        path: '^(core|main|server|preload|proto)/',
        pathNot: '^main/api/public\\.ts$',
      },
    },
    {
      name: 'preload-sees-only-the-contract',
      comment: 'The preload bridges the page to the API contract and nothing else.',
      severity: 'error',
      from: { path: '^preload/' },
      to: {
        path: '^(core|main|server|renderer|proto)/',
        pathNot: '^main/api/public\\.ts$',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|out|proto/gen)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
