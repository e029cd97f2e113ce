/** `cae start [--demo [agence|employeur]] [--data-dir DIR] [--port N] [--no-open]`: browser mode. */
import { parseArgs } from 'node:util';
import { WORKSPACE_ROLES, type WorkspaceRole } from '../../../shared/domain/enums';
import { defaultDataDirSources, resolveDataDir } from '../../app/data-dir';
import { launchBrowserMode } from '../../server/launch';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { integerOption } from '../options';

function parseDemoFlag(values: { demo?: boolean | undefined }, positionals: string[]): WorkspaceRole | undefined {
  if (!values.demo) {
    if (positionals.length) throw new CliUsageError(`Argument inattendu : « ${positionals[0]} ».`);
    return undefined;
  }
  const role = (positionals[0] ?? 'agence') as WorkspaceRole;
  if (positionals.length > 1 || !WORKSPACE_ROLES.includes(role)) {
    throw new CliUsageError(`--demo : rôle « ${positionals.join(' ')} » inconnu (agence ou employeur).`);
  }
  return role;
}

export async function runStart(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      demo: { type: 'boolean' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  const demo = parseDemoFlag(values, positionals);
  const port = integerOption(values.port, '--port', 0, 0, 65535);
  const dataDir = resolveDataDir({ ...defaultDataDirSources(values['data-dir']), env: io.env, cwd: io.cwd });
  // An encrypted workspace opens with CAE_PHRASE_SECRETE when it is set, else its passphrase is asked in the browser.
  const passphrase = io.env.CAE_PHRASE_SECRETE || undefined;
  // Listened for before the start: a Ctrl+C (or SIGTERM) right after the address was printed killed the process before
  // it listened, leaving the database unclosed (the next start then checked it whole). A second one stops at once.
  const stopped = stopSignal();
  try {
    const app = await launchBrowserMode({ dataDir, demo, port, passphrase, openBrowser: !values['no-open'] && !io.env.CI, log: io.stdout });
    await stopped.signal;
    await app.shutdown();
    return EXIT.OK;
  } finally {
    stopped.dispose();
  }
}

function stopSignal(): { signal: Promise<void>; dispose: () => void } {
  let stop = () => undefined as void;
  const signal = new Promise<void>((resolve) => (stop = resolve));
  const onSignal = () => stop();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    signal,
    dispose: () => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    },
  };
}
