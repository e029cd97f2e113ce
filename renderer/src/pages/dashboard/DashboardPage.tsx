import { Skeleton, SimpleGrid, Stack } from '@mantine/core';
import { IconFileOff } from '@tabler/icons-react';
import type { WorkspaceRole } from '../../../../shared/domain/enums';
import { formatDateFr } from '../../../../shared/format/date';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyMessage } from '../../components/EmptyMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatCount } from '../../components/count';
import { useWorkspaceStore } from '../../store/workspace';
import { AgencyDashboard } from './AgencyDashboard';
import { EmployerDashboard } from './EmployerDashboard';
import { RetentionNotice } from './RetentionNotice';
import { totalConventions, type DashboardSummary } from './summary';

const TITLES: Record<WorkspaceRole, string> = {
  agence: "Tableau de bord de l'agence",
  employeur: "Tableau de bord de l'employeur",
};

const EMPTY_DESCRIPTIONS: Record<WorkspaceRole, string> = {
  agence: 'Les conventions que vous instruirez apparaîtront ici, avec leurs échéances et les lots à suivre.',
  employeur: 'Vos salariés en contrat aidé, leurs fins de contrat et les renouvellements apparaîtront ici.',
};

function describe(summary: DashboardSummary | undefined) {
  if (!summary) return undefined;
  const total = totalConventions(summary);
  const situation = `Situation au ${formatDateFr(summary.today)}`;
  return total === 0 ? situation : `${situation} · ${formatCount(total, 'convention enregistrée', 'conventions enregistrées')}`;
}

function LoadingCards() {
  return (
    <Stack gap="lg" aria-busy="true" role="status" aria-label="Chargement…">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} height={110} radius="md" />
        ))}
      </SimpleGrid>
      <Skeleton height={260} radius="md" />
    </Stack>
  );
}

export function DashboardPage() {
  const role = useWorkspaceStore((s) => s.state?.workspace?.role ?? 'agence');
  const summary = useApiQuery('dashboard.summary', {});
  const data = summary.data;

  return (
    <>
      <PageHeader title={TITLES[role]} description={describe(data)} />
      {summary.error ? (
        <ApiErrorAlert message={summary.error} onRetry={summary.reload} />
      ) : !data ? (
        <LoadingCards />
      ) : totalConventions(data) === 0 ? (
        <EmptyMessage icon={<IconFileOff aria-hidden />} title="Aucune convention pour l'instant" description={EMPTY_DESCRIPTIONS[role]} />
      ) : (
        <Stack gap="lg">
          <RetentionNotice summary={data} />
          {role === 'agence' ? <AgencyDashboard summary={data} /> : <EmployerDashboard summary={data} />}
        </Stack>
      )}
    </>
  );
}
