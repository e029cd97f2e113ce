// Runs after `npm install` / `npm ci`. Two jobs, neither of which may ever
// fail the install (every step catches and prints, the exit code stays 0):
//
// 1. Electron's API types. `electron` is an optional dependency whose own
//    install downloads a binary; where that fails, npm drops the package and
//    its `electron.d.ts` with it. TypeScript still has to check
//    electron/main and electron/preload, so the declaration file alone is
//    fetched with `npm pack` and kept in node_modules/.electron-types/
//    (tsconfig.node.json maps `electron` to it when the package is absent).
//
// 2. SQLite for Electron. better-sqlite3-multiple-ciphers (better-sqlite3 with SQLite3MultipleCiphers, for
//    encryption at rest) is a native module built for plain
//    Node (CLI, tests, browser mode). Electron has its own ABI, so when
//    Electron is installed an Electron-ABI copy of the binding is built, from
//    a temporary copy of the package, into native/electron/ (see
//    electron/db/native-binding.ts). node_modules/better-sqlite3-multiple-ciphers is left as is.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const say = (line) => console.log(`[postinstall] ${line}`);

// ---------------------------------------------------------------- types ----

const TYPES_DIR = path.join(root, 'node_modules', '.electron-types');

function electronRange() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return pkg.optionalDependencies?.electron ?? pkg.devDependencies?.electron ?? 'latest';
}

/** Runs npm: the one running this script when there is one, else the `npm` on PATH. */
function runNpm(args, cwd) {
  const npmCli = process.env.npm_execpath;
  const [file, fileArgs] = npmCli && /npm-cli\.[cm]?js$/.test(npmCli) ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  return execFileSync(file, fileArgs, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: file === 'npm' && process.platform === 'win32',
  });
}

/**
 * Reads one file out of a .tgz (npm tarballs are plain ustar): 512-byte
 * headers, each followed by the file's content padded to 512 bytes.
 */
function readTarEntry(tgz, wanted) {
  const tar = zlib.gunzipSync(tgz);
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break; // end-of-archive blocks
    const field = (start, length) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const prefix = field(345, 155); // ustar: long names are split into prefix/name
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const body = offset + 512;
    if (name === wanted) return tar.subarray(body, body + size);
    offset = body + Math.ceil(size / 512) * 512;
  }
  return null;
}

function ensureElectronTypes() {
  if (fs.existsSync(path.join(root, 'node_modules', 'electron', 'electron.d.ts'))) return;
  const range = electronRange();
  const marker = path.join(TYPES_DIR, 'range.txt');
  const target = path.join(TYPES_DIR, 'electron.d.ts');
  if (fs.existsSync(target) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === range) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-electron-types-'));
  try {
    const out = runNpm(['pack', `electron@${range}`, '--pack-destination', tmp, '--loglevel=error'], tmp);
    const tarball = path.join(tmp, out.trim().split(/\r?\n/).pop() ?? '');
    const types = readTarEntry(fs.readFileSync(tarball), 'package/electron.d.ts');
    if (!types) throw new Error(`package/electron.d.ts absent de ${path.basename(tarball)}`);
    fs.mkdirSync(TYPES_DIR, { recursive: true });
    fs.writeFileSync(target, types);
    fs.writeFileSync(marker, range);
    say(`types d'Electron (${range}) installés dans node_modules/.electron-types/.`);
  } catch (error) {
    say(
      `avertissement : les types d'Electron n'ont pas pu être récupérés (${firstLine(error)}). ` +
        'La vérification de types du code bureau (electron/main, electron/preload) a besoin du registre npm : relancez « npm install » une fois en ligne.',
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ------------------------------------------------------- native binding ----

const NATIVE_DIR = path.join(root, 'native', 'electron');

/** Electron's version when the package AND its binary are installed, else null. */
function installedElectron() {
  let version;
  try {
    version = requireFromRoot('electron/package.json').version;
  } catch {
    return null;
  }
  try {
    // Under plain Node, `require('electron')` is the path of the binary (it throws when the download failed).
    const binary = requireFromRoot('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? version : null;
  } catch {
    return null;
  }
}

async function ensureElectronSqlite(electronVersion) {
  const sqliteDir = path.dirname(requireFromRoot.resolve('better-sqlite3-multiple-ciphers/package.json'));
  const sqliteVersion = JSON.parse(fs.readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')).version;
  const stamp = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };
  const stampFile = path.join(NATIVE_DIR, 'build-info.json');
  const binding = path.join(NATIVE_DIR, 'better_sqlite3.node');
  if (fs.existsSync(binding) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === JSON.stringify(stamp)) {
    return;
  }
  say(`compilation de SQLite pour Electron ${electronVersion}…`);
  // The work copy lives under node_modules/ so that @electron/rebuild finds
  // the project's prebuild-install when it looks upwards for a prebuilt binding.
  const work = path.join(root, 'node_modules', '.cache', 'cae-electron-sqlite');
  fs.rmSync(work, { recursive: true, force: true });
  try {
    const copy = path.join(work, 'node_modules', 'better-sqlite3-multiple-ciphers');
    fs.cpSync(sqliteDir, copy, { recursive: true, filter: (src) => path.relative(sqliteDir, src) !== 'build' });
    fs.writeFileSync(
      path.join(work, 'package.json'),
      JSON.stringify({ name: 'cae-electron-sqlite', version: '0.0.0', private: true, dependencies: { 'better-sqlite3-multiple-ciphers': sqliteVersion } }),
    );
    // A `nodedir` setting (Node's headers) would make node-gyp build for Node instead of Electron.
    delete process.env.npm_config_nodedir;
    const { rebuild } = await import(pathToFileURL(requireFromRoot.resolve('@electron/rebuild')).href);
    await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3-multiple-ciphers'], force: true });
    fs.mkdirSync(NATIVE_DIR, { recursive: true });
    fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), binding);
    fs.writeFileSync(stampFile, JSON.stringify(stamp));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  say(`SQLite pour Electron prêt : ${path.relative(root, binding)}.`);
}

// ----------------------------------------------------------------- main ----

function firstLine(error) {
  const text = error instanceof Error ? error.stderr?.toString() || error.message : String(error);
  const lines = text.trim().split(/\r?\n/);
  // npm prints warnings before its error: show the error.
  return (lines.find((line) => /error/i.test(line)) ?? lines[0] ?? '').slice(0, 200);
}

async function main() {
  try {
    ensureElectronTypes();
  } catch (error) {
    say(`avertissement : ${firstLine(error)}`);
  }
  try {
    const electronVersion = installedElectron();
    if (!electronVersion) {
      say("Electron n'est pas installé : le mode bureau est indisponible, l'application s'utilisera en mode navigateur.");
      return;
    }
    await ensureElectronSqlite(electronVersion);
  } catch (error) {
    say(
      `avertissement : SQLite n'a pas pu être compilé pour Electron (${firstLine(error)}). ` +
        'Le mode navigateur reste disponible ; relancez « node scripts/postinstall.mjs » pour réessayer.',
    );
  }
}

try {
  await main();
} catch (error) {
  say(`avertissement : ${firstLine(error)}`);
}
process.exitCode = 0; // whatever happened, the install goes on
