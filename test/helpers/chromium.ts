/**
 * The Chromium the e2e suite drives: CHROMIUM_PATH when set (Debian's
 * /usr/bin/chromium, say), else the one @sparticuz/chromium brings from the
 * npm registry, so that `npm install` is all the suite needs.
 *
 * @sparticuz/chromium unpacks its Brotli archives into os.tmpdir() and
 * trusts any `chromium` file already there. To keep that copy the project's
 * own (never another user's /tmp/chromium, never half-unpacked), it is
 * unpacked once into a fresh folder of node_modules/.cache/ and renamed into
 * place when complete; later runs reuse it.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  // Its package.json is not among the files the package exports: read from disk.
  const manifest = path.join(ROOT, 'node_modules', '@sparticuz', 'chromium', 'package.json');
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  const home = path.join(ROOT, 'node_modules', '.cache', `chromium-${version}`);
  const binary = path.join(home, 'chromium');
  if (fs.existsSync(binary)) return binary;

  fs.mkdirSync(path.dirname(home), { recursive: true });
  const work = fs.mkdtempSync(`${home}.part-`);
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = work; // os.tmpdir() reads it on each call
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    await sparticuz.executablePath();
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  }
  try {
    fs.renameSync(work, home);
  } catch (error) {
    // Another run finished first: keep its copy.
    fs.rmSync(work, { recursive: true, force: true });
    if (!fs.existsSync(binary)) throw error;
  }
  return binary;
}
