/**
 * The folder directions of .dependency-cruiser.cjs, run by `npm run lint`:
 * each rule fires on a small tree that breaks it (type-only imports count),
 * lets through what it allows, and the real tree keeps them all.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cruise, type IConfiguration, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';

const root = path.resolve(import.meta.dirname, '..', '..');
const config = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs')) as IConfiguration;
const ruleNames = (config.forbidden ?? []).map((rule) => rule.name);

type Tree = Record<string, string>;

/** Cruises `dirs` under `baseDir` with the config's rules and options. */
async function cruiseWithRules(baseDir: string, dirs: string[], options: ICruiseOptions = {}, transpile = {}): Promise<ICruiseResult> {
  const { tsConfig: _tsConfig, ...common } = config.options ?? {};
  const ruleSet = { forbidden: config.forbidden ?? [] };
  const reported = await cruise(dirs, { ...common, ...options, baseDir, validate: true, ruleSet }, undefined, transpile);
  return reported.output as ICruiseResult;
}

/** `rule: from → to` for each violation. */
const violations = (result: ICruiseResult) => result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

const tempDir = useTempDir('cae-boundaries-');

/** Writes `tree` into a fresh folder (with a fake npm package) and cruises its top folders. */
async function violationsOf(tree: Tree): Promise<string[]> {
  const dir = tempDir();
  const files: Tree = {
    ...tree,
    'node_modules/some-package/package.json': '{ "name": "some-package", "version": "1.0.0", "main": "index.js" }\n',
    'node_modules/some-package/index.js': 'export const value = 1;\n',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const tops = [...new Set(Object.keys(tree).map((file) => file.split('/')[0]!))];
  const result = await cruiseWithRules(dir, tops);
  expect(result.summary.totalCruised).toBeGreaterThanOrEqual(Object.keys(tree).length);
  return violations(result);
}

const LEAF = 'export type T = number;\nexport const v = 1;\n';
const PACKAGE = /^(node:|electron$|some-package$)/;

/**
 * A module importing `targets` (type-only when marked `type:`), each project
 * target written as a leaf module unless another part of the tree writes it.
 */
function importing(from: string, ...targets: string[]): Tree {
  const tree: Tree = {};
  const lines = targets.map((target, i) => {
    const typeOnly = target.startsWith('type:');
    const file = typeOnly ? target.slice('type:'.length) : target;
    if (!PACKAGE.test(file)) tree[file] = LEAF;
    const specifier = PACKAGE.test(file) ? file : relative(from, file);
    return typeOnly
      ? `import type { T as T${i} } from '${specifier}';\nexport type U${i} = T${i};`
      : `import * as m${i} from '${specifier}';\nexport const u${i} = m${i};`;
  });
  tree[from] = `${lines.join('\n')}\n`;
  return tree;
}

/** The parts of a tree together: a module written with its imports wins over the same module as a leaf. */
function tree(...parts: Tree[]): Tree {
  const whole: Tree = {};
  for (const part of parts) {
    for (const [file, text] of Object.entries(part)) if (whole[file] === undefined || whole[file] === LEAF) whole[file] = text;
  }
  return whole;
}

function relative(from: string, to: string): string {
  const specifier = path.posix.relative(path.posix.dirname(from), to).replace(/\.tsx?$/, '');
  return specifier.startsWith('.') ? specifier : `./${specifier}`;
}

/** One tree per rule that breaks it, and the violation it must report. */
const broken: { rule: string; tree: Tree; edge: string }[] = [
  {
    rule: 'no-circular',
    tree: {
      'electron/sync/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'electron/sync/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    },
    edge: 'electron/sync/a.ts → electron/sync/b.ts',
  },
  {
    rule: 'renderer-not-electron',
    tree: importing('renderer/src/page.tsx', 'type:electron/app/context.ts'),
    edge: 'renderer/src/page.tsx → electron/app/context.ts',
  },
  { rule: 'renderer-not-electron', tree: importing('renderer/src/page.tsx', 'electron'), edge: 'renderer/src/page.tsx → electron' },
  {
    rule: 'shared-not-electron-or-renderer',
    tree: importing('shared/api/contract.ts', 'type:electron/db/connection.ts'),
    edge: 'shared/api/contract.ts → electron/db/connection.ts',
  },
  {
    rule: 'shared-not-electron-or-renderer',
    tree: importing('shared/domain/enums.ts', 'renderer/src/labels.ts'),
    edge: 'shared/domain/enums.ts → renderer/src/labels.ts',
  },
  {
    rule: 'rules-self-contained',
    tree: importing('shared/rules/index.ts', 'type:shared/domain/enums.ts'),
    edge: 'shared/rules/index.ts → shared/domain/enums.ts',
  },
  { rule: 'rules-self-contained', tree: importing('shared/rules/index.ts', 'node:fs'), edge: 'shared/rules/index.ts → fs' },
  {
    rule: 'entry-points-not-imported',
    tree: importing('electron/services/x.ts', 'electron/server/launch.ts'),
    edge: 'electron/services/x.ts → electron/server/launch.ts',
  },
  { rule: 'entry-points-not-imported', tree: importing('electron/db/x.ts', 'type:electron/main/index.ts'), edge: 'electron/db/x.ts → electron/main/index.ts' },
  {
    rule: 'entry-points-not-imported',
    tree: importing('electron/sync/x.ts', 'electron/preload/index.ts'),
    edge: 'electron/sync/x.ts → electron/preload/index.ts',
  },
  {
    rule: 'entry-points-not-imported',
    tree: importing('electron/documents/x.ts', 'electron/cli/main.ts'),
    edge: 'electron/documents/x.ts → electron/cli/main.ts',
  },
  {
    rule: 'entry-points-not-imported',
    tree: importing('electron/api/x.ts', 'electron/server/server.ts'),
    edge: 'electron/api/x.ts → electron/server/server.ts',
  },
  {
    rule: 'preload-sandboxed',
    tree: importing('electron/preload/bridge.ts', 'electron/app/context.ts'),
    edge: 'electron/preload/bridge.ts → electron/app/context.ts',
  },
  {
    rule: 'product-not-test',
    tree: importing('electron/services/x.ts', 'test/helpers/temp-dir.ts'),
    edge: 'electron/services/x.ts → test/helpers/temp-dir.ts',
  },
  {
    rule: 'product-not-test',
    tree: importing('shared/format/date.ts', 'type:test/helpers/package.ts'),
    edge: 'shared/format/date.ts → test/helpers/package.ts',
  },
  {
    rule: 'app-not-api',
    tree: importing('electron/app/services.ts', 'type:electron/api/dispatch.ts'),
    edge: 'electron/app/services.ts → electron/api/dispatch.ts',
  },
  {
    rule: 'exports-not-api-or-app',
    tree: importing('electron/exports/index.ts', 'electron/app/context.ts'),
    edge: 'electron/exports/index.ts → electron/app/context.ts',
  },
  {
    rule: 'services-not-app-or-api',
    tree: importing('electron/services/workspace.ts', 'type:electron/app/context.ts'),
    edge: 'electron/services/workspace.ts → electron/app/context.ts',
  },
  {
    rule: 'services-not-app-or-api',
    tree: importing('electron/services/x.ts', 'electron/api/handlers.ts'),
    edge: 'electron/services/x.ts → electron/api/handlers.ts',
  },
  {
    rule: 'services-not-app-or-api',
    tree: importing('electron/services/x.ts', 'electron/exports/index.ts'),
    edge: 'electron/services/x.ts → electron/exports/index.ts',
  },
  {
    rule: 'sync-documents-not-services',
    tree: importing('electron/sync/package/apply.ts', 'electron/services/aid-payments.ts'),
    edge: 'electron/sync/package/apply.ts → electron/services/aid-payments.ts',
  },
  {
    rule: 'sync-documents-not-services',
    tree: importing('electron/documents/index.ts', 'type:electron/app/context.ts'),
    edge: 'electron/documents/index.ts → electron/app/context.ts',
  },
  {
    rule: 'pdf-renderers-lazy',
    tree: importing('electron/services/documents.ts', 'electron/documents/convention.ts'),
    edge: 'electron/services/documents.ts → electron/documents/convention.ts',
  },
  {
    rule: 'db-self-contained',
    tree: importing('electron/db/connection.ts', 'type:electron/app/context.ts'),
    edge: 'electron/db/connection.ts → electron/app/context.ts',
  },
  {
    rule: 'db-self-contained',
    tree: importing('electron/db/repositories/x.ts', 'electron/sync/schemas.ts'),
    edge: 'electron/db/repositories/x.ts → electron/sync/schemas.ts',
  },
  {
    rule: 'sync-package-match-below-plan',
    tree: importing('electron/sync/package/match.ts', 'type:electron/sync/package/plan.ts'),
    edge: 'electron/sync/package/match.ts → electron/sync/package/plan.ts',
  },
];

/** Trees every rule lets through. */
const allowed: { name: string; tree: Tree }[] = [
  {
    name: 'each folder importing the ones below it: main, server, cli → api → app → exports → services → sync, documents → db → shared',
    tree: tree(
      importing(
        'electron/main/index.ts',
        'electron/api/app-services.ts',
        'electron/app/data-dir.ts',
        'electron/preload/ipc-names.ts',
        'electron/security/csp.ts',
        'electron',
      ),
      importing('electron/server/launch.ts', 'electron/api/app-services.ts', 'type:shared/domain/enums.ts'),
      importing(
        'electron/cli/commands/start.ts',
        'electron/server/launch.ts',
        'electron/exports/index.ts',
        'electron/sync/export.ts',
        'electron/db/connection.ts',
      ),
      importing('electron/api/app-services.ts', 'electron/app/context.ts', 'electron/api/handlers.ts'),
      importing('electron/api/handlers.ts', 'electron/exports/index.ts', 'electron/services/workspace.ts', 'type:electron/app/context.ts'),
      importing('electron/app/context.ts', 'type:electron/services/clock.ts', 'electron/db/connection.ts'),
      importing('electron/app/demo/generate.ts', 'electron/services/aid-payments.ts', 'electron/sync/files.ts'),
      importing('electron/exports/index.ts', 'electron/services/lists.ts', 'electron/db/connection.ts'),
      importing('electron/services/workspace.ts', 'type:electron/services/clock.ts', 'electron/db/connection.ts'),
      importing('electron/services/exchanges/files.ts', 'electron/sync/import.ts', 'electron/services/aid-payments.ts'),
      importing(
        'electron/services/documents.ts',
        'electron/documents/lazy.ts',
        'electron/documents/database.ts',
        'type:electron/documents/event-declaration.ts',
      ),
      importing('electron/documents/lazy.ts', 'electron/documents/renderers.ts'),
      importing('electron/sync/import.ts', 'electron/sync/package/plan.ts', 'electron/db/repositories/lots.ts'),
      importing('electron/sync/package/plan.ts', 'electron/sync/package/match.ts', 'type:electron/sync/package/types.ts'),
      importing('electron/sync/package/match.ts', 'type:electron/sync/package/types.ts', 'electron/db/repositories/read.ts'),
      importing('electron/documents/index.ts', 'electron/db/repositories/documents.ts', 'shared/format/date.ts'),
      importing('electron/db/connection.ts', 'node:fs', 'type:shared/api/result.ts'),
      importing('electron/preload/index.ts', 'electron', 'type:shared/api/contract.ts'),
      importing('renderer/src/api/client.ts', 'type:shared/api/contract.ts', 'shared/rules/index.ts', 'some-package'),
      importing('shared/api/contract.ts', 'shared/domain/enums.ts', 'shared/rules/index.ts'),
      importing('shared/rules/index.ts', 'shared/rules/dates/day.ts', 'some-package'),
    ),
  },
  {
    name: 'tests importing anything: test/, entry points, upper folders',
    tree: tree(
      importing('electron/services/dashboard.test.ts', 'test/helpers/temp-dir.ts', 'electron/api/app-services.ts', 'electron/app/demo/generate.ts'),
      importing('electron/db/migrate.test.ts', 'electron/app/context.ts', 'electron/main/index.ts'),
      importing('shared/rules/checks/convention.test.ts', 'test/helpers/package.ts', 'shared/domain/enums.ts'),
      importing('renderer/src/pages/list.test.tsx', 'electron/server/server.ts'),
      importing('test/helpers/conventions.ts', 'electron/api/app-services.ts', 'electron/cli/main.ts'),
    ),
  },
];

describe('architecture boundaries (dependency-cruiser)', () => {
  it.each(broken.map((c) => [c.rule, c.edge, c.tree] as const))('%s fires on %s', async (rule, edge, files) => {
    expect(await violationsOf(files)).toContain(`${rule}: ${edge}`);
  });

  it('every rule of the config has a tree that breaks it', () => {
    expect(ruleNames.length).toBeGreaterThan(0);
    expect(new Set(broken.map((c) => c.rule))).toEqual(new Set(ruleNames));
  });

  it.each(allowed.map((c) => [c.name, c.tree] as const))('allowed: %s', async (_name, files) => {
    expect(await violationsOf(files)).toEqual([]);
  });

  it('the real tree keeps every rule', async () => {
    const dirs = ['electron', 'shared', 'renderer/src'];
    const tsConfig = path.join(root, 'tsconfig.node.json');
    const result = await cruiseWithRules(root, dirs, { tsConfig: { fileName: tsConfig } }, { tsConfig: extractTSConfig(tsConfig) });
    expect(result.summary.totalCruised).toBeGreaterThan(400);
    expect(violations(result)).toEqual([]);
    // Some 500 modules: a few seconds alone, more beside the rest of the suite.
  }, 60_000);
});
