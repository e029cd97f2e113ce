/** « Assiette exonérée » : for the payroll, the pay on which employer contributions are exempted, month by month and employee. */
import { Group, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatMonthFr } from '../../../../shared/format/date';
import { formatCents } from '../../../../shared/format/money';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ExportCsvButton } from '../../components/files/ExportCsvButton';

/** The month shown first: the one the workspace is seen in, else the latest with a base. */
function defaultMonth(months: string[], today: string): string | null {
  const current = today.slice(0, 7);
  return months.includes(current) ? current : (months.at(-1) ?? null);
}

export function ExemptionSection({ today }: { today: string }) {
  const query = useApiQuery('aids.exemptions', {});
  const [chosen, setChosen] = useState<string | null>(null);
  if (query.error && !query.data) return <ApiErrorAlert message={query.error} onRetry={query.reload} />;
  if (!query.data) return <Skeleton height={160} aria-label="Chargement de l’assiette exonérée" />;
  const { months, rows, legalRefs } = query.data;
  const month = chosen ?? defaultMonth(months, today);
  const shown = rows.filter((r) => r.month === month);
  const total = shown.reduce((s, r) => s + r.baseCents, 0);
  return (
    <Stack gap="xs" component="section" aria-labelledby="aids-exemption">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2} size="h3" id="aids-exemption">
          Assiette exonérée
        </Title>
        <ExportCsvButton request={{ list: 'exemptions' }} label="Exporter les assiettes (CSV)" />
      </Group>
      <Text size="sm" c="dimmed">
        Salaire sur lequel les cotisations patronales sont exonérées : SMIC horaire en vigueur × heures rémunérées, hors suspensions non rémunérées.
      </Text>
      <Select
        label="Mois"
        data={months.map((m) => ({ value: m, label: formatMonthFr(m) }))}
        value={month}
        onChange={setChosen}
        allowDeselect={false}
        maw={240}
      />
      <Table.ScrollContainer minWidth={520} type="native">
        <Table striped withTableBorder verticalSpacing={6} fz="sm" aria-label={`Assiette exonérée de ${month ? formatMonthFr(month) : '—'}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Salarié</Table.Th>
              <Table.Th scope="col">Convention</Table.Th>
              <Table.Th scope="col" ta="right">
                Assiette exonérée
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={`${r.conventionId}-${r.month}`}>
                <Table.Td>{r.employeeName}</Table.Td>
                <Table.Td>{r.number}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatCents(r.baseCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={2}>
                Total ({shown.length === 1 ? '1 salarié' : `${shown.length} salariés`})
              </Table.Th>
              <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                {formatCents(total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {legalRefs.length > 0 ? (
        <Text size="xs" c="dimmed">
          Références : {legalRefs.map(readableLegalRef).join(' ; ')}
        </Text>
      ) : null}
    </Stack>
  );
}
