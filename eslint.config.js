// Lint, and the architecture's boundaries as rules:
// - renderer/ and shared/ import neither `electron` nor Node built-ins;
// - shared/ imports nothing from electron/ or renderer/;
// - shared/rules/ imports nothing of the project outside itself (npm packages only);
// - only electron/main and electron/preload import `electron`;
// - SQL runs only in electron/db (connection, migrations, repositories): tests
//   and their helpers (test/helpers/) may read and set up a database.
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noElectron = { name: 'electron', message: "Seuls electron/main et electron/preload importent 'electron'." };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'Pas de module Node ici : ce code tourne aussi dans le renderer.' }));
const sqlOnlyInDb = 'Le SQL ne tourne que dans electron/db : ajoutez ou appelez une fonction d’un dépôt (electron/db/repositories).';
const noSql = [
  { selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(prepare|pragma|transaction|loadExtension)$/]", message: sqlOnlyInDb },
  // RegExp.prototype.exec stays allowed on a regular expression literal.
  {
    selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='exec']:not([callee.object.regex])",
    message: `${sqlOnlyInDb} (Pour une expression régulière : /…/.exec(texte) ou texte.match(…).)`,
  },
  { selector: "NewExpression[callee.name='Database']", message: 'Seul electron/db/connection.ts ouvre une base (openDatabase).' },
];

/**
 * Two shapes V8 (Node 20) handles badly, refused where the demo drafts 200,000 conventions (issue #16): a copy
 * `{ ...object, key: value }` is ~7× slower than Object.assign({}, object, { key: value }) (the same keys in the same
 * order) and kept values alive past the young collections; an object literal with getters is a dictionary whose
 * accessors, kept outside the young generation, held through their closures whatever they saw (docs/performance.md,
 * « Le ramasse-miettes du fil à part : la cause trouvée »).
 */
const hotPathShapes = [
  {
    selector: 'ObjectExpression[properties.length>1] > SpreadElement:first-child',
    message: 'Chemin chaud : Object.assign({}, objet, { … }) plutôt que { ...objet, … } (docs/performance.md).',
  },
  {
    selector: "ObjectExpression > Property[kind='get']",
    message: 'Chemin chaud : une classe (accesseurs sur le prototype) plutôt qu’un objet littéral à accesseurs.',
  },
];
const demoHotPath = [
  'electron/app/demo/**/*.ts',
  'electron/db/recorded-writes.ts',
  'electron/db/repositories/versions/*.ts',
  'electron/db/repositories/employees.ts',
  'electron/db/repositories/conventions/writes.ts',
];

/** shared/rules is the one home of the rules: a relative import that resolves outside it is refused. */
const rulesDir = path.resolve(import.meta.dirname, 'shared', 'rules');
const rulesSelfContained = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { leaves: 'shared/rules ne dépend que de lui-même : « {{source}} » en sort. Déplacez dans shared/rules ce dont les règles ont besoin.' },
  },
  create(context) {
    const check = (node) => {
      const source = node.source && node.source.value;
      if (typeof source !== 'string' || !/^[./]/.test(source)) return;
      const target = path.resolve(path.dirname(context.filename), source);
      if (target !== rulesDir && !target.startsWith(rulesDir + path.sep)) context.report({ node: node.source, messageId: 'leaves', data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

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
    files: ['electron/**/*.ts'],
    ignores: ['electron/db/**', 'electron/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noSql] },
  },
  {
    files: demoHotPath,
    ignores: ['**/*.test.ts'],
    // The demo's own files also keep the SQL rule above (a later block replaces the rule's options).
    rules: { 'no-restricted-syntax': ['error', ...hotPathShapes] },
  },
  {
    files: ['electron/app/demo/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noSql, ...hotPathShapes] },
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
    files: ['shared/rules/**/*.ts'],
    // Tests may share literal example documents from test/helpers (dependency-cruiser lets tests import anything).
    ignores: ['shared/rules/**/*.test.ts'],
    plugins: { architecture: { rules: { 'rules-self-contained': rulesSelfContained } } },
    rules: { 'architecture/rules-self-contained': 'error' },
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
    // Product code reads top-down: a function longer than a screen is split into named steps.
    files: ['electron/**/*.{ts,tsx}', 'shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts,mts}', 'bin/**/*.{js,mjs}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
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
