// Lint, and the architecture's boundaries as rules:
// - renderer/ and shared/ import neither `electron` nor Node built-ins;
// - shared/ imports nothing from electron/ or renderer/;
// - only electron/main and electron/preload import `electron`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noElectron = { name: 'electron', message: "Seuls electron/main et electron/preload importent 'electron'." };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'Pas de module Node ici : ce code tourne aussi dans le renderer.' }));

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'native/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNode],
          patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ ne dépend que de lui-même.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNode],
          patterns: [{ group: ['**/electron/**'], message: "Le renderer passe par l'API (window.cae), jamais par electron/." }],
        },
      ],
    },
  },
  {
    // The reference counterpart is the payment organisation's side, written from docs/exchange-format.md only.
    files: ['test/counterpart/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: ['**/electron/**', '**/shared/**', '**/renderer/**'],
              message: 'test/counterpart/ est indépendant du produit : il ne lit que docs/exchange-format.md et docs/schemas/.',
            },
          ],
        },
      ],
    },
  },
);
