/** « Versions »: the initial convention and each avenant, each printable, each comparable with the one before. */
import { Button, Group, Stack } from '@mantine/core';
import { IconArrowsDiff, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateFr } from '../../../../../shared/format/date';
import { VERSION_KIND_LABELS } from '../labels';
import { formatAvenantIndex } from '../../../../../shared/domain/numbering';
import type { Convention } from '../model';
import { DataTable } from './DataTable';
import { DiffTable } from './DiffTable';

interface Props {
  convention: Convention;
  onPrint: (avenantIndex: number) => void;
  printing: number | null;
}

export function VersionsPanel({ convention, onPrint, printing }: Props) {
  const [compared, setCompared] = useState<number | null>(null);
  const shown = compared !== null && convention.versions.some((v) => v.avenantIndex === compared) ? compared : null;
  return (
    <Stack gap="md">
      <DataTable
        label="Versions de la convention"
        head={['Version', 'Nature', 'Déposée le', 'Signée le', 'Période', 'Actions']}
        rows={convention.versions.map((v, i) => ({
          key: v.avenantIndex,
          cells: [
            v.number,
            VERSION_KIND_LABELS[v.kind],
            formatDateFr(v.filedOn) || '—',
            formatDateFr(v.signedOn) || '—',
            `du ${formatDateFr(v.startsOn)} au ${formatDateFr(v.endsOn) || '—'}`,
            <Group key="actions" gap="xs" wrap="nowrap">
              {i > 0 ? (
                <Button
                  size="compact-sm"
                  variant={shown === v.avenantIndex ? 'filled' : 'light'}
                  leftSection={<IconArrowsDiff size={14} aria-hidden />}
                  aria-label={`Comparer la version ${formatAvenantIndex(v.avenantIndex)} avec la précédente`}
                  aria-pressed={shown === v.avenantIndex}
                  onClick={() => setCompared(v.avenantIndex)}
                >
                  Comparer
                </Button>
              ) : null}
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconPrinter size={14} aria-hidden />}
                aria-label={`Imprimer la version ${formatAvenantIndex(v.avenantIndex)} en PDF`}
                loading={printing === v.avenantIndex}
                onClick={() => onPrint(v.avenantIndex)}
              >
                PDF
              </Button>
            </Group>,
          ],
        }))}
      />
      {shown !== null ? (
        <DiffTable
          id={convention.id}
          from={convention.versions[convention.versions.findIndex((v) => v.avenantIndex === shown) - 1]?.avenantIndex ?? 0}
          to={shown}
          onClose={() => setCompared(null)}
        />
      ) : null}
    </Stack>
  );
}
