/**
 * A second process for the concurrency tests (run by `node --import tsx`):
 * `lock DIR KIND` holds the data folder's lock until its stdin closes;
 * `import DATA_DIR DB FILE` imports FILE into DB through the service (no
 * folder lock, as a second writer that bypassed it) once a line comes on
 * stdin, and prints the outcome's kind; `hold DB` starts a write transaction
 * and commits when its stdin closes; `write DB` runs a read-then-write
 * transaction (inTransaction) once a line comes on stdin, saying « début »
 * just before, and prints the notes it sees after. Each says « prêt » on
 * stdout when ready.
 */
import fs from 'node:fs';
import { acquireFolderLock } from '../../electron/app/folder-lock';
import { inTransaction, openDatabase, type Db } from '../../electron/db/connection';
import { importExchange } from '../../electron/services/exchanges/files';

const [mode, ...args] = process.argv.slice(2);

function holdLock(dir: string, kind: string): void {
  const lock = acquireFolderLock(dir, kind);
  process.stdout.write('prêt\n');
  process.stdin.resume();
  process.stdin.on('end', () => {
    lock.release();
    process.exit(0);
  });
}

/** Runs `then` once the test writes a line on stdin. */
function whenTold(then: () => void): void {
  process.stdout.write('prêt\n');
  process.stdin.once('data', () => {
    process.stdin.destroy();
    then();
  });
}

function importWhenTold(dataDir: string, dbFile: string, file: string): void {
  const db = openDatabase(dbFile);
  const bytes = fs.readFileSync(file);
  whenTold(() => importNow(db, bytes, dataDir, file));
}

function importNow(db: Db, bytes: Buffer, dataDir: string, file: string): void {
  try {
    const outcome = importExchange(db, bytes, { file, folder: dataDir, dryRun: false, at: new Date('2009-06-20T10:00:00Z') });
    process.stdout.write(`${outcome.kind}\n`);
  } catch (error) {
    process.stdout.write(`erreur ${(error as Error).message}\n`);
  } finally {
    db.close();
  }
}

/** Another process's write transaction, held until stdin closes. */
function holdWrite(dbFile: string): void {
  const db = openDatabase(dbFile);
  db.exec('BEGIN IMMEDIATE');
  db.prepare("INSERT INTO notes (text) VALUES ('autre processus')").run();
  process.stdout.write('prêt\n');
  process.stdin.resume();
  process.stdin.on('end', () => {
    db.exec('COMMIT');
    db.close();
    process.exit(0);
  });
}

/** The shape of most service writes (read what is there, then write from it), through inTransaction. */
function writeWhenTold(dbFile: string): void {
  const db = openDatabase(dbFile);
  db.pragma('busy_timeout = 20000');
  whenTold(() => {
    process.stdout.write('début\n');
    try {
      inTransaction(db, () => {
        const n = db.prepare('SELECT count(*) FROM notes').pluck().get() as number;
        db.prepare('INSERT INTO notes (text) VALUES (?)').run(`après ${n}`);
      });
      process.stdout.write(`fait ${JSON.stringify(db.prepare('SELECT text FROM notes ORDER BY id').pluck().all())}\n`);
    } catch (error) {
      process.stdout.write(`erreur ${(error as Error).message}\n`);
    } finally {
      db.close();
    }
  });
}

if (mode === 'lock') holdLock(args[0]!, args[1]!);
else if (mode === 'import') importWhenTold(args[0]!, args[1]!, args[2]!);
else if (mode === 'hold') holdWrite(args[0]!);
else if (mode === 'write') writeWhenTold(args[0]!);
else throw new Error(`mode inconnu : ${mode}`);
