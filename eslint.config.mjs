// Layer boundaries from ../shared/DESIGN.md, checked rather than agreed.
// Each layer lists what it must not import; import strings are matched by regex,
// so `../db/x`, `../../main/db/x` and `@shared/x` are all seen for what they are.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = { regex: '^(node:|(fs|path|os|child_process|crypto|worker_threads|http|net|url|stream|util)(/|$))', message: 'Node built-ins are not available in this layer.' };
const ELECTRON = { regex: '^electron(/|$)', message: 'Only the Electron shell (src/main/index.ts, src/main/app, transports/electron-ipc) may import electron.' };
const layer = (regex, message) => ({ regex, message });
const MAIN_CODE = layer('(^|/)main/', 'This layer must not import main-process code.');
const SQLITE = layer('^better-sqlite3$', 'Only src/main/db talks to SQLite.');
const DB = layer('(^|/)db/', 'This layer must not import the database.');
const SERVICES = layer('(^|/)services/', 'This layer must not import services.');
const API = layer('(^|/)(api|transports|cli|app)/', 'This layer must not import handlers, transports or the shell.');
const RENDERER = layer('(^|/)renderer/', 'Only the renderer imports renderer code.');

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/output/**', 'bench/.corpus/**', 'bench/.scratch/**', 'resources/**', 'src/main/services/content-model/__fixtures__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/shared/**/*.ts'], rules: restrict(NODE_BUILTINS, ELECTRON, MAIN_CODE, RENDERER, SQLITE) },
  { files: ['src/main/core/**/*.ts'], rules: restrict(NODE_BUILTINS, ELECTRON, SQLITE, DB, SERVICES, API, RENDERER) },
  { files: ['src/main/db/**/*.ts'], rules: restrict(ELECTRON, SERVICES, API, RENDERER) },
  { files: ['src/main/services/**/*.ts'], rules: restrict(ELECTRON, API, RENDERER) },
  { files: ['src/main/api/**/*.ts'], rules: restrict(ELECTRON, SQLITE, layer('(^|/)(transports|cli|app)/', 'Handlers do not know their transport.'), RENDERER) },
  { files: ['src/main/transports/http*.ts', 'src/main/transports/http/**/*.ts'], rules: restrict(ELECTRON, SQLITE, DB, RENDERER) },
  { files: ['src/main/cli/**/*.ts'], rules: restrict(ELECTRON, RENDERER) },
  {
    // The sandboxed preload may only see electron and the dependency-free channel list.
    files: ['src/preload/**/*.ts'],
    rules: restrict(NODE_BUILTINS, MAIN_CODE, RENDERER, layer('^zod', 'The preload stays dependency-free.'), { ...layer('(^|/)shared/(?!ipc/channels)', 'The preload may import only shared/ipc/channels (types excepted).'), allowTypeImports: true }),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...restrict(NODE_BUILTINS, ELECTRON, MAIN_CODE, SQLITE, layer('^(gray-matter|better-sqlite3|@parcel/watcher)$', 'Main-process library.')),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Tests read fixtures and make temp folders; the layer rules are for what ships.
  { files: ['**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
);
