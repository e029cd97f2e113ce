import { SimpleGrid, Stack } from '@mantine/core';
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
import { StatCard } from './StatCard';
import type { DashboardSummary } from './summary';

export function AgencyDashboard({ summary }: { summary: DashboardSummary }) {
  const { byStatus } = summary;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <StatCard
          label="Conventions en cours"
          value={byStatus.en_cours}
          icon={<IconFileCheck size={18} />}
          color="green"
          hint={byStatus.signee > 0 ? `et ${formatCount(byStatus.signee, 'signée', 'signées')} à démarrer` : undefined}
        />
        <StatCard
          label="À signer"
          value={summary.draftsToSign}
          icon={<IconSignature size={18} />}
          color="yellow"
          hint={`${formatCount(byStatus.brouillon, 'brouillon', 'brouillons')} en préparation`}
        />
        <StatCard
          label="Fin dans 30 jours"
          value={summary.endingWithin30Days}
          icon={<IconCalendarDue size={18} />}
          color="orange"
          hint="Conventions en cours arrivant à échéance"
        />
        <StatCard
          label="Fin dans 60 jours"
          value={summary.endingWithin60Days}
          icon={<IconCalendarTime size={18} />}
          color="orange"
          hint="Renouvellements à instruire"
        />
        <StatCard
          label="Renouvellements à décider"
          value={summary.renewalsToDecide}
          icon={<IconRefresh size={18} />}
          color="orange"
          hint="CAE finissant dans les 60 jours, encore renouvelables (moins de 2 renouvellements et de 24 mois)"
        />
        <StatCard
          label="Événements signalés en retard"
          value={summary.eventsReportedLate}
          icon={<IconAlertTriangle size={18} />}
          color="red"
          hint="Suspensions et ruptures signalées après 7 jours francs, ou toujours pas signalées"
        />
        <StatCard
          label="Lots sans retour"
          value={summary.lotsAwaitingReturn}
          icon={<IconTransfer size={18} />}
          color="indigo"
          hint="Envoyés à l'organisme payeur, en attente de son retour"
        />
        <StatCard label="Employeurs" value={summary.employers} icon={<IconBuilding size={18} />} />
        <StatCard label="Salariés" value={summary.employees} icon={<IconUsers size={18} />} />
      </SimpleGrid>
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
      />
    </Stack>
  );
}
