// One linter for the whole tree: type-aware typescript-eslint plus import zones that keep the
// contract dependency-free, the renderer away from main-process code, Electron out of the engine
// and the parsers pure.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import Electron; everything else runs under plain Node.' };
const noProcessSpawning = [
  { name: 'node:child_process', message: 'Spawn processes only through electron/runner.' },
  { name: 'child_process', message: 'Spawn processes only through electron/runner.' },
  { name: 'node-pty', message: 'Spawn processes only through electron/runner.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', '.ci-out/**', 'test-results/**', 'playwright-report/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Terminal and tool output is full of control characters; matching them is the job.
      'no-control-regex': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='shell'][value.value=true]", message: 'No shell: pass an argv array.' },
        { selector: "CallExpression[callee.property.name=/^(exec|execSync)$/][callee.object.name=/child_process|cp/]", message: 'No exec(): it runs a shell.' },
      ],
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Plain Node scripts (CI summary, the CLI entry, the fake tools).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', setInterval: 'readonly' } },
  },
  {
    // Injected into the test page before the app loads.
    files: ['test/browser/bridge-client.js'],
    languageOptions: { globals: { window: 'readonly', WebSocket: 'readonly', location: 'readonly', console: 'readonly' } },
  },
  {
    // zustand actions are plain closures, not methods bound to `this`.
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    // The runner starts processes for everyone; it knows nothing of the hosts it runs on.
    files: ['electron/runner/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['../host/*', '../../host/*'], message: 'The runner must not import the host adapters; shared types live in electron/contract.' }] }],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['../*', '!../contract/*'], message: 'The contract imports nothing but itself (and zod).' }, { group: ['node:*'], message: 'The contract runs in the renderer too.' }] }],
    },
  },
  {
    files: ['electron/host/**/parse-*.ts', 'electron/host/**/commands.ts', 'electron/host/text/**/*.ts', 'electron/host/outcome/**/*.ts', 'electron/engine/checks/**/*.ts', 'electron/engine/facts/**/*.ts', 'electron/engine/machine.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, ...noProcessSpawning, { name: 'node:fs', message: 'Parsers and checks are pure.' }] }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [{ regex: '^(\\.\\./)+electron/(?!contract/)', message: 'The renderer may import only electron/contract.' }, { group: ['node:*'], message: 'The renderer is a browser app.' }] },
      ],
    },
  },
  {
    // No import cycles in the app. The resolver maps the `.js` specifiers of the ESM sources to
    // their `.ts` files. The rule skips type-only imports; test/unit/house/no-import-cycles.test.ts
    // walks those too.
    files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['./tsconfig.node.json', './tsconfig.web.json'], noWarnOnMultipleProjects: true })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
);
