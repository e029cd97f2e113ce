/**
 * `#/personnel` (employer workspace): each person on an aided contract, where
 * they stand on the workspace's day (en contrat, suspendu, à renouveler,
 * terminé…) and their conventions; a name opens the person's timeline.
 * Above the list, the yearly report to the staff representatives (PDF).
 */
import { Anchor, NativeSelect, Paper, Skeleton, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { StaffPerson } from '../../../../shared/api/employer-contract';
import { STAFF_STATE_LABELS, STAFF_STATES, type StaffState } from '../../../../shared/domain/staff';
import { formatDateFr } from '../../../../shared/format/date';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ListToolbar } from '../../components/list/ListToolbar';
import { PageHeader } from '../../components/PageHeader';
import { ConventionLines } from './conventionLines';
import { StaffStateBadge } from './StaffStateBadge';
import { StaffReportButton } from './StaffReportButton';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function StaffPage() {
  const query = useApiQuery('staff.list', {});
  const [search, setSearch] = useState('');
  const [state, setState] = useState<StaffState | ''>('');
  const items = useMemo(() => {
    const words = fold(search.trim());
    return (query.data?.items ?? []).filter((p) => (state === '' || p.state === state) && (words === '' || fold(p.fullName).includes(words)));
  }, [query.data, search, state]);
  const counts = useMemo(() => new Map(STAFF_STATES.map((s) => [s, (query.data?.items ?? []).filter((p) => p.state === s).length])), [query.data]);
  const header = (
    <PageHeader
      title="Personnel"
      description={`Les personnes en contrat aidé et leurs conventions${query.data ? `, au ${formatDateFr(query.data.today)}` : ''}. Le NIR est masqué.`}
    />
  );
  if (!query.data) {
    return (
      <>
        {header}
        {query.error ? <ApiErrorAlert message={query.error} onRetry={query.reload} /> : <Skeleton height={240} aria-label="Chargement du personnel" />}
      </>
    );
  }
  return (
    <>
      {header}
      <StaffReportButton people={query.data.items} today={query.data.today} />
      <ListToolbar>
        <TextInput
          label="Rechercher"
          description="Nom ou prénom"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          maxLength={100}
        />
        <NativeSelect
          label="État"
          description="Ce jour"
          value={state}
          onChange={(e) => setState(e.currentTarget.value as StaffState | '')}
          data={[{ value: '', label: 'Tous' }, ...STAFF_STATES.map((s) => ({ value: s, label: `${STAFF_STATE_LABELS[s]} (${counts.get(s) ?? 0})` }))]}
        />
      </ListToolbar>
      <Text size="sm" c="dimmed" mb="xs" role="status">
        {items.length} personne{items.length > 1 ? 's' : ''}
      </Text>
      {items.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text size="sm">
            {query.data.items.length === 0
              ? 'Personne en contrat aidé pour l’instant : importez le dossier de conventions de l’agence (Échanges) ou saisissez une convention reçue (Conventions).'
              : 'Personne ne correspond à la recherche.'}
          </Text>
        </Paper>
      ) : (
        <StaffTable items={items} />
      )}
    </>
  );
}

function StaffTable({ items }: { items: StaffPerson[] }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={720}>
        <Table highlightOnHover verticalSpacing="sm" aria-label="Liste du personnel">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nom et prénoms</Table.Th>
              <Table.Th>État</Table.Th>
              <Table.Th>Conventions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Anchor component={Link} to={`/personnel/${p.id}`} fw={600}>
                    {p.fullName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {p.nirMasked ? `NIR ${p.nirMasked}` : 'NIR non renseigné'}
                  </Text>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <StaffStateBadge state={p.state} />
                </Table.Td>
                <Table.Td>
                  <ConventionLines conventions={p.conventions} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
