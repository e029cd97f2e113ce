// What `npm test` needs, checked in about a second before anything else runs
// (`node scripts/prerequisites.mjs`, the first step of `npm test`). Plain
// Node, no dependency: it must answer even when `npm install` was never run.
// A missing prerequisite stops the run with one sentence, in French and in
// English, that says what to install; nothing else is printed.
//
// Everything the suite needs comes from `npm install`: Chromium from the npm
// registry (@sparticuz/chromium, or CHROMIUM_PATH), PDFs read in JavaScript.
// LibreOffice Calc (the real client of the CSV exports) is the one system
// program: its round trip runs where `soffice` is on the PATH (or
// SOFFICE_PATH), is reported as not run elsewhere, and is required under CI=true.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN_NODE = [20, 19];

/** An executable file, or false. */
function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** LibreOffice's `soffice`: SOFFICE_PATH when set, else the first one on the PATH; null when absent. */
export function findSoffice(env = process.env) {
  if (env.SOFFICE_PATH) return isExecutable(env.SOFFICE_PATH) ? env.SOFFICE_PATH : null;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice']) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

/** Under CI=true the LibreOffice round trip is required: a missing `soffice` fails the run. */
export function libreOfficeRequired(env = process.env) {
  return env.CI === 'true';
}

/**
 * The problems that stop the run (each one sentence, French / English) and
 * the notes printed without stopping it.
 */
export function checkPrerequisites({ env = process.env, nodeVersion = process.versions.node } = {}) {
  const problems = [];
  const notes = [];
  const [major, minor] = nodeVersion.split('.').map(Number);
  if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
    problems.push(
      `Node.js ${MIN_NODE.join('.')} ou plus récent est nécessaire (trouvé ${nodeVersion}) / Node.js ${MIN_NODE.join('.')} or newer is required (found ${nodeVersion}).`,
    );
    return { problems, notes };
  }

  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  const missing = ['vitest', 'typescript', 'playwright-core', 'pdfjs-dist', 'better-sqlite3-multiple-ciphers'].filter((name) => {
    try {
      requireFromRoot.resolve(`${name}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    problems.push(`Dépendances absentes (${missing.join(', ')}) : lancez « npm install » / Dependencies missing: run "npm install".`);
    return { problems, notes };
  }

  try {
    const Database = requireFromRoot('better-sqlite3-multiple-ciphers');
    new Database(':memory:').close();
  } catch {
    problems.push(
      `SQLite (better-sqlite3) n'est pas compilé pour Node.js ${nodeVersion} : lancez « npm rebuild better-sqlite3-multiple-ciphers » / better-sqlite3 is not built for this Node.js: run "npm rebuild better-sqlite3-multiple-ciphers".`,
    );
  }

  if (env.CHROMIUM_PATH) {
    if (!isExecutable(env.CHROMIUM_PATH)) {
      problems.push(
        `CHROMIUM_PATH désigne « ${env.CHROMIUM_PATH} », qui n'est pas un programme : corrigez-le ou retirez-le pour prendre le Chromium installé par npm / CHROMIUM_PATH is not an executable: fix it, or unset it to use the Chromium npm installs.`,
      );
    }
  } else {
    // Its package.json is not among the files the package exports: looked up on disk.
    if (!fs.existsSync(path.join(root, 'node_modules', '@sparticuz', 'chromium', 'package.json'))) {
      problems.push(
        'Chromium absent (@sparticuz/chromium) : lancez « npm install », ou donnez un Chromium avec CHROMIUM_PATH / No Chromium: run "npm install", or set CHROMIUM_PATH.',
      );
    }
  }

  if (!findSoffice(env)) {
    if (libreOfficeRequired(env)) {
      problems.push(
        'LibreOffice Calc est exigé sous CI=true pour ouvrir les exports CSV : installez « libreoffice-calc-nogui » (Debian) ou donnez SOFFICE_PATH / LibreOffice Calc is required under CI=true: install libreoffice-calc-nogui or set SOFFICE_PATH.',
      );
    } else {
      notes.push(
        'LibreOffice absent : l’ouverture des exports CSV dans Calc ne sera pas lancée (installez « libreoffice-calc-nogui » pour la lancer) / LibreOffice not found: the CSV round trip in Calc will not run.',
      );
    }
  }
  return { problems, notes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { problems, notes } = checkPrerequisites();
  for (const note of notes) console.log(note);
  for (const problem of problems) console.error(problem);
  process.exitCode = problems.length ? 1 : 0;
}
