/**
 * « Dossier de conventions » (agency): the package of one employer's signed
 * conventions (docs/exchange-format.md), written to the outbox and saved as
 * a file to send to the employer. The page shows what happened.
 */
import { Button } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { saveBase64File } from '../../components/files/download';

export interface PackageNotice {
  ok: boolean;
  text: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function PackageButton({ employer, onDone }: { employer: { id: number; name: string; siret: string }; onDone: (notice: PackageNotice) => void }) {
  const [pending, setPending] = useState(false);
  async function run() {
    setPending(true);
    try {
      const file = await call('exchange.exportPackage', { employerId: employer.id });
      saveBase64File(file.fileName, file.base64, 'application/json');
      const drafts = file.draftsLeftOut
        ? ` ${plural(file.draftsLeftOut, 'brouillon ou convention à signer n’est pas inclus', 'brouillons ou conventions à signer ne sont pas inclus')}.`
        : '';
      onDone({
        ok: true,
        text:
          `Dossier de conventions de ${employer.name} enregistré (${file.fileName}) : ${plural(file.conventions, 'convention', 'conventions')}.${drafts} ` +
          'Il contient des NIR : transmettez-le à l’employeur par un moyen sûr.',
      });
    } catch (e) {
      onDone({ ok: false, text: errorMessage(e) });
    } finally {
      setPending(false);
    }
  }
  return (
    <Button
      size="compact-sm"
      variant="default"
      leftSection={<IconPackageExport size={14} aria-hidden />}
      loading={pending}
      onClick={() => void run()}
      aria-label={`Dossier de conventions de ${employer.name} (SIRET ${employer.siret})`}
    >
      Dossier de conventions
    </Button>
  );
}
