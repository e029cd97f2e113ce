/**
 * A database is never opened on a network share: SQLite's locks (and the
 * shared memory of its write-ahead log) are unreliable over NFS, SMB/CIFS,
 * sshfs and the like, and two programs could then damage the database. The
 * decision is a pure function of the path and of the file system found
 * there (`networkShareReason`); `assertLocalFolder` gathers those facts:
 * a UNC path on Windows (`\\serveur\partage`), the type of the mount that
 * holds the folder on Linux (/proc/self/mountinfo).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/result';

/** Mount types (mountinfo's fstype) of file systems served by another computer. */
const NETWORK_FS_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'ncpfs',
  'afs',
  'coda',
  'ceph',
  'glusterfs',
  'lustre',
  'davfs',
  'fuse.sshfs',
  'fuse.glusterfs',
  'fuse.rclone',
  'fuse.s3fs',
  'fuse.davfs',
  'fuse.cephfs',
]);

/** The facts the decision needs, as data. */
export interface FolderFacts {
  platform: NodeJS.Platform;
  /** The folder of the database (absolute). */
  folder: string;
  /** Linux: the mount type of the file system holding the folder (`ext4`, `nfs4`, `fuse.sshfs`…), when known. */
  fsType?: string | undefined;
}

/** `\\serveur\partage\…` or `//serveur/partage/…`, and `\\?\UNC\serveur\…`; not a device path (`\\?\C:\`, `\\.\`). */
function isUncPath(folder: string): boolean {
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(folder)) return true;
  return /^[\\/]{2}[^\\/?.][^\\/]*[\\/][^\\/]+/.test(folder);
}

/** Why the folder is on a network share, in French (what it is), or null when it is local. */
export function networkShareReason(facts: FolderFacts): string | null {
  if (facts.platform === 'win32' && isUncPath(facts.folder)) return 'un partage réseau Windows (chemin \\\\serveur\\partage)';
  const type = facts.fsType?.toLowerCase();
  if (type && (NETWORK_FS_TYPES.has(type) || type.startsWith('nfs'))) return `un partage réseau (système de fichiers ${type})`;
  return null;
}

/** The refusal, one French sentence with the reason and what to do. */
export function networkShareError(folder: string, reason: string): AppError {
  return new AppError(
    'FORBIDDEN',
    `Le dossier de données ${folder} est sur ${reason} : l'application n'y ouvre pas sa base, car le verrouillage de SQLite ` +
      `n'est pas fiable sur un partage réseau et la base risquerait d'être endommagée. Choisissez un dossier sur un disque ` +
      `de cet ordinateur (--data-dir ou CAE_DATA_DIR) et copiez-y les données ; sauvegardez ensuite vers le partage si vous le souhaitez.`,
  );
}

/** Unescapes a mountinfo field (`\040` for a space). */
const unescape = (field: string) => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/** The mount type of the longest mount point holding `folder`, from the text of /proc/self/mountinfo. */
export function mountTypeOf(mountinfo: string, folder: string): string | undefined {
  let best: { point: string; type: string } | undefined;
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    const point = left?.split(' ')[4];
    const type = right?.split(' ')[0];
    if (!point || !type) continue;
    const mount = unescape(point);
    const inside = mount === '/' || folder === mount || folder.startsWith(mount.endsWith('/') ? mount : `${mount}/`);
    if (inside && (!best || mount.length >= best.point.length)) best = { point: mount, type };
  }
  return best?.type;
}

/** The nearest folder that exists, resolved (symbolic links followed): where the database will really be. */
function existingRealFolder(folder: string): string {
  let current = path.resolve(folder);
  for (;;) {
    try {
      return fs.realpathSync.native(current);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

function linuxMountType(folder: string): string | undefined {
  try {
    return mountTypeOf(fs.readFileSync('/proc/self/mountinfo', 'utf8'), folder);
  } catch {
    return undefined;
  }
}

/** Throws the French refusal when `folder` (the database's) is on a network share. */
export function assertLocalFolder(folder: string): void {
  const platform = process.platform;
  const real = existingRealFolder(folder); // on Windows, a mapped network drive (Z:) resolves to its UNC path
  const fsType = platform === 'linux' ? linuxMountType(real) : undefined;
  const reason = networkShareReason({ platform, folder: real, fsType });
  if (reason) throw networkShareError(folder, reason);
}
