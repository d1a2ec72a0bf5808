// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { noFolderCycles } from './tools/eslint/no-folder-cycles.js';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'worker_threads',
];

/** Only the thin Electron shell may import electron; only its IPC module may touch ipcMain. */
const electronBan = {
  name: 'electron',
  message: 'Only main/electron/ and preload/ may import electron (services and tests must run in plain Node).',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [electronBan] }],
      // Architecture boundaries (DEVELOPERS.md): renderer never reaches into main/preload;
      // shared imports nothing outside itself; services never import the renderer.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './renderer',
              from: ['./main', './preload'],
              message: 'The renderer talks to main only through the API.',
            },
            {
              target: './shared',
              from: ['./main', './renderer', './preload', './tests', './bench'],
              message: 'shared/ is self-contained.',
            },
            { target: './main', from: ['./renderer/src', './preload'], message: 'main/ never imports UI code.' },
            {
              target: './preload',
              from: ['./main', './renderer'],
              message: 'The preload only knows the shared contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // No import cycles between the folders of main/ (architecture rule 8; the rule says why it is our own).
    files: ['main/**/*.ts'],
    plugins: { architecture: { rules: { 'no-folder-cycles': noFolderCycles } } },
    rules: { 'architecture/no-folder-cycles': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [{ group: nodeBuiltins, message: 'shared/ is environment-free: no Node built-ins.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [electronBan], patterns: [{ group: nodeBuiltins, message: 'The renderer has no Node.' }] },
      ],
    },
  },
  {
    // The player (100 KB budget) and the zod-free core never load zod: no value import of zod nor of a module that
    // builds schemas at load time (types are fine, they vanish at build). tests/e2e/player-render.spec.ts also
    // checks the built bundle.
    files: ['renderer/player/**/*.{ts,tsx}', 'shared/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', allowTypeImports: true, message: 'zod stays out of the player and shared/core.' }],
          patterns: [
            {
              regex: '(^|/)(model|contract|guidance)/[^/]+$|/package/course-package$|(^|/)shared(/index)?$',
              allowTypeImports: true,
              message:
                'Schema modules load zod: import values from shared/core (or shared/scorm), types from anywhere.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Electron shell may import electron, but raw IPC stays in its one IPC module.
    files: ['main/electron/**/*.ts'],
    ignores: ['main/electron/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Raw IPC lives in main/electron/ipc.ts only.',
            },
          ],
        },
      ],
    },
  },
  { files: ['main/electron/ipc.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'remote'],
              message: 'The preload uses ipcRenderer only, and never exposes it.',
            },
          ],
        },
      ],
    },
  },
);
