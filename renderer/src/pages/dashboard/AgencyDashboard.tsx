import { Stack } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuilding,
  IconCalendarDue,
  IconCalendarTime,
  IconFileCheck,
  IconRefresh,
  IconSignature,
  IconTransfer,
  IconUsers,
} from '@tabler/icons-react';
import { formatCents } from '../../../../shared/format/money';
import { formatCount } from '../../components/count';
import { ActiveChart } from './ActiveChart';
import { MonthChart } from './MonthChart';

const THOUSANDS = new Intl.NumberFormat('fr-FR', { notation: 'compact', style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** A bar's figure in thousands of euros (`62 k€`): the exact amount is in its title and the table. */
const formatThousands = (cents: number) => THOUSANDS.format(cents / 100);
import { StatGrid, type Stat } from './StatCard';
import type { DashboardSummary } from './summary';

function agencyStats(summary: DashboardSummary): Stat[] {
  const { byStatus } = summary;
  return [
    {
      label: 'Conventions en cours',
      value: byStatus.en_cours,
      icon: IconFileCheck,
      color: 'green',
      hint: byStatus.signee > 0 ? `et ${formatCount(byStatus.signee, 'signée', 'signées')} à démarrer` : undefined,
    },
    {
      label: 'À signer',
      value: summary.draftsToSign,
      icon: IconSignature,
      color: 'yellow',
      hint: `${formatCount(byStatus.brouillon, 'brouillon', 'brouillons')} en préparation`,
    },
    { label: 'Fin dans 30 jours', value: summary.endingWithin30Days, icon: IconCalendarDue, color: 'orange', hint: 'Conventions en cours arrivant à échéance' },
    { label: 'Fin dans 60 jours', value: summary.endingWithin60Days, icon: IconCalendarTime, color: 'orange', hint: 'Renouvellements à instruire' },
    {
      label: 'Renouvellements à décider',
      value: summary.renewalsToDecide,
      icon: IconRefresh,
      color: 'orange',
      hint: 'CAE finissant dans les 60 jours, encore renouvelables (moins de 2 renouvellements et de 24 mois)',
    },
    {
      label: 'Événements signalés en retard',
      value: summary.eventsReportedLate,
      icon: IconAlertTriangle,
      color: 'red',
      hint: 'Suspensions et ruptures signalées après 7 jours francs, ou toujours pas signalées',
    },
    {
      label: 'Lots sans retour',
      value: summary.lotsAwaitingReturn,
      icon: IconTransfer,
      color: 'indigo',
      hint: "Envoyés à l'organisme payeur, en attente de son retour",
    },
    { label: 'Employeurs', value: summary.employers, icon: IconBuilding },
    { label: 'Salariés', value: summary.employees, icon: IconUsers },
  ];
}

export function AgencyDashboard({ summary }: { summary: DashboardSummary }) {
  return (
    <Stack gap="lg">
      <StatGrid stats={agencyStats(summary)} cols={{ base: 1, xs: 2, md: 3 }} />
      <ActiveChart
        title="Conventions actives sur les 12 derniers mois"
        description="Nombre de conventions en vigueur au 1er de chaque mois."
        months={summary.activeByMonth}
      />
      <MonthChart
        title="Aide engagée par mois"
        description="Aide de l'État attendue pour les conventions signées, selon la date d'échéance de chaque versement."
        valueLabel="Aide engagée"
        points={summary.committedAidByMonth.map((m) => ({ month: m.month, value: m.cents }))}
        format={formatCents}
        short={formatThousands}
      />
    </Stack>
  );
}
