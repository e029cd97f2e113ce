/**
 * The backups of the open workspace, spread into the contract's `channels`:
 * the list (with the folder and the number kept), « Sauvegarder maintenant »,
 * the number to keep, and the restore of a backup named by its file name from
 * the list — a name, never a path.
 */
import { z } from 'zod';

const backupEntry = z.object({
  name: z.string(),
  kind: z.enum(['auto', 'manuelle']),
  /** Local date and time, `YYYY-MM-DDTHH:MM:SS`. */
  createdAt: z.string(),
  bytes: z.number().int(),
});

const backupList = z.object({ folder: z.string(), keep: z.number().int(), items: z.array(backupEntry) });
export type BackupList = z.infer<typeof backupList>;

const backupRestored = z.object({ name: z.string(), aside: z.string().nullable(), schemaVersion: z.number().int() });
export type BackupRestored = z.infer<typeof backupRestored>;

/** A backup's file name as the list gives it: no folder, no path. */
const backupName = z
  .string()
  .regex(/^cae-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?-(auto|manuelle)\.sqlite$/, { error: 'nom de sauvegarde attendu, tel que la liste le donne (sans dossier)' });

export const BACKUP_KEEP_RANGE = { min: 1, max: 365 } as const;

export const backupChannels = {
  'backups.list': { input: z.object({}).strict(), output: backupList },
  'backups.create': { input: z.object({}).strict(), output: backupEntry },
  'backups.saveSettings': {
    input: z
      .object({
        keep: z
          .number({ error: 'nombre de sauvegardes attendu' })
          .int({ error: 'nombre entier de sauvegardes attendu' })
          .min(BACKUP_KEEP_RANGE.min, { error: `au moins ${BACKUP_KEEP_RANGE.min} sauvegarde` })
          .max(BACKUP_KEEP_RANGE.max, { error: `au plus ${BACKUP_KEEP_RANGE.max} sauvegardes` }),
      })
      .strict(),
    output: backupList,
  },
  'backups.restore': { input: z.object({ name: backupName }).strict(), output: backupRestored },
} as const;
