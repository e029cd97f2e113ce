/** The convention at a glance: status, employer, employee (NIR masked as the service gives it), period. */
import { Paper, Text } from '@mantine/core';
import { MEASURE_LABELS } from '../../../../shared/domain/enums';
import { formatDateFr } from '../../../../shared/format/date';
import { ConventionStatusBadge } from '../../components/badges/ConventionStatusBadge';
import type { Convention } from './model';
import { Facts } from './panels/Facts';

export function ConventionSummary({ convention: c }: { convention: Convention }) {
  return (
    <Paper withBorder radius="md" p="md" mb="md" component="section" aria-label="Résumé de la convention">
      <Facts
        cols={4}
        facts={[
          { label: 'Statut', value: <ConventionStatusBadge status={c.status} />, id: 'status' },
          { label: 'Mesure', value: MEASURE_LABELS[c.measure] },
          {
            label: 'Employeur',
            value: (
              <>
                {c.employer.name}
                <Text span size="xs" c="dimmed" display="block">
                  SIRET {c.employer.siret}
                </Text>
              </>
            ),
          },
          {
            label: 'Salarié',
            value: (
              <>
                {c.employee.fullName}
                <Text span size="xs" c="dimmed" display="block">
                  NIR {c.employee.nirMasked ?? 'non renseigné'}
                </Text>
              </>
            ),
          },
          { label: 'Période', value: `du ${formatDateFr(c.startsOn)} au ${formatDateFr(c.endsOn) || '—'}`, id: 'period' },
        ]}
      />
    </Paper>
  );
}
