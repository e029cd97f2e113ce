/**
 * « Dossier de conventions » (agency): the package of one employer's signed
 * conventions (docs/exchange-format.md), written to the outbox and saved as
 * a file to send to the employer. The page shows what happened.
 */
import { Button } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { call } from '../../api/transport';
import { useFileDownload } from '../../components/files/useFileDownload';

export interface PackageNotice {
  ok: boolean;
  text: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function PackageButton({ employer, onDone }: { employer: { id: number; name: string; siret: string }; onDone: (notice: PackageNotice) => void }) {
  const { pending, download } = useFileDownload();
  async function run() {
    const done = await download(true, 'application/json', () => call('exchanges.exportPackage', { employerId: employer.id }));
    if (!done.ok) return onDone({ ok: false, text: done.message });
    const { file } = done;
    const drafts = file.draftsLeftOut
      ? ` ${plural(file.draftsLeftOut, 'brouillon ou convention à signer n’est pas inclus', 'brouillons ou conventions à signer ne sont pas inclus')}.`
      : '';
    onDone({
      ok: true,
      text:
        `Dossier de conventions de ${employer.name} enregistré (${file.fileName}) : ${plural(file.conventions, 'convention', 'conventions')}.${drafts} ` +
        'Il contient des NIR : transmettez-le à l’employeur par un moyen sûr.',
    });
  }
  return (
    <Button
      size="compact-sm"
      variant="default"
      leftSection={<IconPackageExport size={14} aria-hidden />}
      loading={pending !== null}
      onClick={() => void run()}
      aria-label={`Dossier de conventions de ${employer.name} (SIRET ${employer.siret})`}
    >
      Dossier de conventions
    </Button>
  );
}
