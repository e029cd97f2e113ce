/**
 * « Rapport annuel aux représentants du personnel (PDF) » on the « Personnel »
 * page: a year among those in which a signed convention ran (`?annee=` chooses
 * it), and the report downloaded as the other PDF buttons do. A refusal says
 * why, in French, under the button.
 */
import { Alert, Button, Group, NativeSelect, Paper, Text } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { StaffPerson } from '../../../../shared/api/employer-contract';
import { call } from '../../api/transport';
import { useFileDownload } from '../../components/files/useFileDownload';
import { initialReportYear, reportYears } from './reportYears';

export function StaffReportButton({ people, today }: { people: readonly StaffPerson[]; today: string }) {
  const years = useMemo(() => reportYears(people, today), [people, today]);
  const asked = useSearchParams()[0].get('annee');
  // A year chosen here holds until the address asks another one (a link from « Obligations »).
  const [chosen, setChosen] = useState<{ asked: string | null; year: number } | null>(null);
  const year = chosen?.asked === asked ? chosen.year : initialReportYear(years, today, asked);
  const { pending, error, download } = useFileDownload();
  if (year === null) return null;
  return (
    <Paper withBorder p="md" radius="md" mb="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label="Année du rapport"
          value={String(year)}
          onChange={(e) => setChosen({ asked, year: Number(e.currentTarget.value) })}
          data={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <Button
          leftSection={<IconFileDownload size={16} aria-hidden />}
          loading={pending !== null}
          onClick={() => void download(true, 'application/pdf', () => call('documents.staffRepresentativesReportPdf', { year }))}
        >
          Rapport annuel aux représentants du personnel (PDF)
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        Pour les institutions représentatives du personnel : les conventions conclues et exécutées dans l’année, la situation de chacune, les actions
        d’accompagnement et de formation et les totaux par mesure (art. L322-4-7 II du code du travail, recodifié au 1er mai 2008).
      </Text>
      {error ? (
        <Alert color="red" variant="light" title="Le rapport n’a pas pu être produit" role="alert" mt="sm">
          {error}
        </Alert>
      ) : null}
    </Paper>
  );
}
