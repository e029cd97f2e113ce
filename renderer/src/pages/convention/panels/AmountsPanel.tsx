/** « Montants »: the figures of the current version, the aid payment schedule and the reporting deadlines. */
import { Stack, Text, Title } from '@mantine/core';
import { formatDateFr, formatMonthFr } from '../../../../../shared/format/date';
import { formatCents } from '../../../../../shared/format/money';
import { DEADLINE_LABELS, REPAYMENT_KIND_LABELS } from '../labels';
import type { Convention } from '../model';
import { DataTable } from './DataTable';
import { Facts, type Fact } from './Facts';
import { readableLegalRef } from '../../../../../shared/rules/parameters/sources';

const money = (cents: number | null) => (cents === null ? 'sans objet' : formatCents(cents));

export function AmountsPanel({ convention }: { convention: Convention }) {
  const c = convention.computed;
  const facts: Fact[] = [
    { label: 'Aide mensuelle', value: money(c.monthlyAidCents), id: 'monthly-aid' },
    { label: 'Salaire brut mensuel minimal', value: money(c.minimumMonthlyGrossCents) },
    { label: 'Aide totale', value: formatCents(c.aidTotalCents), id: 'aid-total' },
    { label: 'Fin de la convention', value: formatDateFr(c.conventionEnd) || '—' },
  ];
  if (c.repaymentDue) {
    facts.push(
      { label: REPAYMENT_KIND_LABELS[c.repaymentDue.kind], value: formatCents(c.repaymentDue.amountCents) },
      { label: 'Reversement exigible le', value: formatDateFr(c.repaymentDue.due) || '—' },
    );
  }
  return (
    <Stack gap="lg">
      <Facts facts={facts} cols={4} />
      <Stack gap="xs">
        <Title order={3} size="h4">
          Échéancier de l’aide
        </Title>
        {c.aidPayments.length === 0 ? (
          <Text size="sm">Aucun versement prévu.</Text>
        ) : (
          <DataTable
            label="Échéancier de l’aide"
            head={['Échéance', 'Période', 'Montant']}
            numeric={[2]}
            rows={c.aidPayments.map((p) => ({
              key: `${p.due}-${p.period}`,
              cells: [formatDateFr(p.due), formatMonthFr(p.period), formatCents(p.amountCents)],
            }))}
          />
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          Délais de déclaration
        </Title>
        {c.reportingDeadlines.length === 0 ? (
          <Text size="sm">Aucun délai en cours.</Text>
        ) : (
          <DataTable
            label="Délais de déclaration"
            head={['Obligation', 'Fait du', 'À faire au plus tard le', 'Fait le', 'Référence']}
            rows={c.reportingDeadlines.map((d, i) => ({
              key: i,
              cells: [
                DEADLINE_LABELS[d.event] ?? d.event,
                formatDateFr(d.eventDate),
                formatDateFr(d.due),
                formatDateFr(d.reportedOn) || '—',
                <Text key="ref" size="xs" c="dimmed">
                  {readableLegalRef(d.legalRef)}
                </Text>,
              ],
            }))}
          />
        )}
      </Stack>
    </Stack>
  );
}
