/**
 * The command-line options the desktop app understands, among whatever else
 * Electron or Chromium put in argv (unknown arguments are ignored):
 *   --data-dir DIR | --data-dir=DIR   where the databases live
 *   --demo | --demo ROLE | --demo=ROLE   open the demo workspace (agence by default)
 */
import { WORKSPACE_ROLES, type WorkspaceRole } from '../../shared/domain/enums';

type DemoRole = WorkspaceRole;

export interface LaunchArgs {
  dataDir?: string;
  demo?: DemoRole;
}

export class LaunchArgsError extends Error {
  override name = 'LaunchArgsError';
}

function isDemoRole(value: string): value is DemoRole {
  return (WORKSPACE_ROLES as readonly string[]).includes(value);
}

function demoRole(value: string): DemoRole {
  if (!isDemoRole(value)) throw new LaunchArgsError(`Rôle de démonstration inconnu : « ${value} » (attendu : agence ou employeur).`);
  return value;
}

export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const result: LaunchArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const takesNext = next !== undefined && !next.startsWith('-');
    if (arg === '--data-dir') {
      if (!takesNext) throw new LaunchArgsError('--data-dir attend un dossier : --data-dir DOSSIER');
      result.dataDir = next;
      i++;
    } else if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (!value) throw new LaunchArgsError('--data-dir attend un dossier : --data-dir=DOSSIER');
      result.dataDir = value;
    } else if (arg === '--demo') {
      // `--demo` alone means the agency's demo; a word after it must be a role.
      if (takesNext) {
        result.demo = demoRole(next);
        i++;
      } else {
        result.demo = 'agence';
      }
    } else if (arg.startsWith('--demo=')) {
      result.demo = demoRole(arg.slice('--demo='.length));
    }
  }
  return result;
}
