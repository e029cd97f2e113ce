/** Issue #15, section 4: a database is never opened on a network share, with the reason in French. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { openDatabase } from './connection';
import { assertLocalFolder, mountTypeOf, networkShareError, networkShareReason } from './network-share';

const tempDir = useTempDir('cae-network-share-');

const MOUNTINFO = [
  '26 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw',
  '40 26 0:45 / /home rw,relatime shared:20 - ext4 /dev/nvme0n1p3 rw',
  '51 40 0:50 / /home/claire/Partage\\040ALE rw,relatime shared:30 - cifs //serveur/ale rw,vers=3.1.1',
  '52 26 0:51 / /mnt/nas rw,relatime shared:31 - nfs4 nas:/export rw',
  '53 40 0:52 / /home/claire/distant rw,nosuid shared:32 - fuse.sshfs claire@serveur:/srv rw',
  '54 26 8:17 / /media/cle rw,nosuid shared:33 - fuseblk /dev/sdb1 rw',
].join('\n');

describe('refuse to open a database on a network share', () => {
  it('decides from the mount type on Linux: NFS, SMB/CIFS and sshfs refused, local disks and USB keys accepted', () => {
    const linux = (folder: string) => networkShareReason({ platform: 'linux', folder, fsType: mountTypeOf(MOUNTINFO, folder) });
    expect(linux('/home/claire/Partage ALE/cae')).toBe('un partage réseau (système de fichiers cifs)');
    expect(linux('/mnt/nas/Conventions CAE')).toBe('un partage réseau (système de fichiers nfs4)');
    expect(linux('/home/claire/distant')).toBe('un partage réseau (système de fichiers fuse.sshfs)');
    expect(linux('/home/claire/.config/Conventions CAE')).toBeNull();
    // A folder whose name only starts like the mount point is not inside it.
    expect(linux('/home/claire/distant2')).toBeNull();
    expect(linux('/media/cle/cae')).toBeNull();
    expect(linux('/tmp/cae')).toBeNull();
    expect(mountTypeOf(MOUNTINFO, '/home/claire/x')).toBe('ext4');
  });

  it('decides from the path on Windows: \\\\serveur\\partage refused, a local drive and device paths accepted', () => {
    const windows = (folder: string) => networkShareReason({ platform: 'win32', folder });
    expect(windows('\\\\serveur\\partage\\Conventions CAE')).toBe('un partage réseau Windows (chemin \\\\serveur\\partage)');
    expect(windows('//serveur/partage/cae')).not.toBeNull();
    expect(windows('\\\\?\\UNC\\serveur\\partage\\cae')).not.toBeNull();
    expect(windows('C:\\Users\\claire\\AppData\\Roaming\\Conventions CAE')).toBeNull();
    expect(windows('\\\\?\\C:\\Users\\claire')).toBeNull();
    expect(windows('\\\\.\\PhysicalDrive0')).toBeNull();
  });

  it('the refusal names the folder, what it is on and why, in French; a local folder is opened as usual', () => {
    const folder = '\\\\serveur\\partage\\cae';
    const error = networkShareError(folder, networkShareReason({ platform: 'win32', folder })!);
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(
      /^Le dossier de données \\\\serveur\\partage\\cae est sur un partage réseau Windows .* le verrouillage de SQLite n'est pas fiable/,
    );
    expect(error.message).toContain("risquerait d'être endommagée");
    // On this machine, a temporary folder is local: opened as usual (the same check runs in openDatabase).
    const dir = tempDir();
    expect(() => assertLocalFolder(path.join(dir, 'pas-encore-créé'))).not.toThrow();
    openDatabase(path.join(dir, 'cae.sqlite')).close();
    expect(fs.existsSync(path.join(dir, 'cae.sqlite'))).toBe(true);
  });
});
