/**
 * `#/personnel/:id` (employer workspace): one person on an aided contract —
 * their state on the workspace's day, their conventions, and their timeline:
 * contract, renewals, hours changes, suspensions, trial periods, ruptures,
 * support and training actions, tutor, end.
 */
import { Button, DataList, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { formatDateFr } from '../../../../shared/format/date';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyMessage } from '../../components/EmptyMessage';
import { PageHeader } from '../../components/PageHeader';
import { ConventionLines } from './conventionLines';
import { StaffStateBadge } from './StaffStateBadge';
import { Timeline } from './Timeline';

export function StaffPersonPage() {
  const id = Number(useParams().id);
  if (!Number.isSafeInteger(id) || id <= 0) {
    return <EmptyMessage title="Personne introuvable" description="L’adresse ne désigne personne du personnel." />;
  }
  return <StaffPerson key={id} id={id} />;
}

const back = (
  <Button component={Link} to="/personnel" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
    Personnel
  </Button>
);

function StaffPerson({ id }: { id: number }) {
  const query = useApiQuery('staff.get', { employeeId: id });
  const data = query.data;
  if (!data) {
    return (
      <>
        <PageHeader title="Personnel" actions={back} />
        {query.error ? <ApiErrorAlert message={query.error} onRetry={query.reload} /> : <Skeleton height={240} aria-label="Chargement de la personne" />}
      </>
    );
  }
  const { person, timeline, today } = data;
  return (
    <>
      <PageHeader title={person.fullName} description={`Situation au ${formatDateFr(today)}`} actions={back} />
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="situation-titre">
          <Title order={2} size="h3" id="situation-titre" mb="sm">
            Situation
          </Title>
          <DataList labelWidth={200} withDivider>
            <DataList.Item>
              <DataList.ItemLabel>État</DataList.ItemLabel>
              <DataList.ItemValue>
                <StaffStateBadge state={person.state} />
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Date de naissance</DataList.ItemLabel>
              <DataList.ItemValue>{formatDateFr(person.birthDate)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>NIR</DataList.ItemLabel>
              <DataList.ItemValue>{person.nirMasked ?? 'Non renseigné'}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Conventions</DataList.ItemLabel>
              <DataList.ItemValue>
                <ConventionLines conventions={person.conventions} />
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
        </Paper>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="chronologie-titre">
          <Title order={2} size="h3" id="chronologie-titre" mb="md">
            Chronologie
          </Title>
          <Timeline entries={timeline} />
        </Paper>
      </Stack>
    </>
  );
}
