import { Stack } from '@mantine/core';
import { IconCalendarDue, IconRefresh, IconSignature, IconUserCheck, IconUsers } from '@tabler/icons-react';
import { formatCount } from '../../components/count';
import { ObligationsCard } from '../obligations/ObligationsCard';
import { ActiveChart } from './ActiveChart';
import { StatGrid, type Stat } from './StatCard';
import type { DashboardSummary } from './summary';

function employerStats(summary: DashboardSummary): Stat[] {
  const { byStatus } = summary;
  return [
    {
      label: 'Salariés en contrat',
      value: byStatus.en_cours,
      icon: IconUserCheck,
      color: 'green',
      hint: byStatus.signee > 0 ? `et ${formatCount(byStatus.signee, 'embauche', 'embauches')} à venir` : 'Conventions en cours',
    },
    {
      label: 'Fin de contrat dans 30 jours',
      value: summary.endingWithin30Days,
      icon: IconCalendarDue,
      color: 'orange',
      hint: 'Préparez la sortie ou le renouvellement',
    },
    {
      label: 'Renouvellements à préparer',
      value: summary.endingWithin60Days,
      icon: IconRefresh,
      color: 'orange',
      hint: 'Contrats finissant dans les 60 jours',
    },
    {
      label: 'Conventions à signer',
      value: summary.draftsToSign,
      icon: IconSignature,
      color: 'yellow',
      hint: "Envoyées par l'agence, en attente de votre signature",
    },
    { label: 'Salariés suivis', value: summary.employees, icon: IconUsers, hint: 'Depuis le début' },
  ];
}

export function EmployerDashboard({ summary }: { summary: DashboardSummary }) {
  return (
    <Stack gap="lg">
      <ObligationsCard />
      <StatGrid stats={employerStats(summary)} cols={{ base: 1, xs: 2, md: 3, lg: 5 }} />
      <ActiveChart
        title="Salariés en contrat sur les 12 derniers mois"
        description="Nombre de conventions en vigueur au 1er de chaque mois."
        months={summary.activeByMonth}
      />
    </Stack>
  );
}
