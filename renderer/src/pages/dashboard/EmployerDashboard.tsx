import { SimpleGrid, Stack } from '@mantine/core';
import { IconCalendarDue, IconRefresh, IconSignature, IconUserCheck, IconUsers } from '@tabler/icons-react';
import { formatCount } from '../../components/count';
import { ActiveChart } from './ActiveChart';
import { StatCard } from './StatCard';
import type { DashboardSummary } from './summary';

export function EmployerDashboard({ summary }: { summary: DashboardSummary }) {
  const { byStatus } = summary;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="md">
        <StatCard
          label="Salariés en contrat"
          value={byStatus.en_cours}
          icon={<IconUserCheck size={18} />}
          color="green"
          hint={byStatus.signee > 0 ? `et ${formatCount(byStatus.signee, 'embauche', 'embauches')} à venir` : 'Conventions en cours'}
        />
        <StatCard
          label="Fin de contrat dans 30 jours"
          value={summary.endingWithin30Days}
          icon={<IconCalendarDue size={18} />}
          color="orange"
          hint="Préparez la sortie ou le renouvellement"
        />
        <StatCard
          label="Renouvellements à préparer"
          value={summary.endingWithin60Days}
          icon={<IconRefresh size={18} />}
          color="orange"
          hint="Contrats finissant dans les 60 jours"
        />
        <StatCard
          label="Conventions à signer"
          value={summary.draftsToSign}
          icon={<IconSignature size={18} />}
          color="yellow"
          hint="Envoyées par l'agence, en attente de votre signature"
        />
        <StatCard label="Salariés suivis" value={summary.employees} icon={<IconUsers size={18} />} hint="Depuis le début" />
      </SimpleGrid>
      <ActiveChart
        title="Salariés en contrat sur les 12 derniers mois"
        description="Nombre de conventions en vigueur au 1er de chaque mois."
        months={summary.activeByMonth}
      />
    </Stack>
  );
}
