import { Alert, CloseButton, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { PageHeader } from '../../components/PageHeader';
import { ListToolbar } from '../../components/list/ListToolbar';
import { ListView } from '../../components/list/ListView';
import { SearchInput } from '../../components/list/SearchInput';
import { usePagedSearch } from '../../components/list/usePagedSearch';
import { useWorkspaceStore } from '../../store/workspace';
import { employerColumns, packageColumn } from './employerColumns';
import type { PackageNotice } from './PackageButton';
import { ExportCsvButton } from '../../components/files/ExportCsvButton';

function Notice({ notice, onClose }: { notice: PackageNotice; onClose: () => void }) {
  return (
    <Alert
      color={notice.ok ? 'green' : 'red'}
      variant="light"
      icon={notice.ok ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
      role={notice.ok ? 'status' : 'alert'}
      mb="md"
      data-testid="package-notice"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{notice.text}</Text>
        <CloseButton aria-label="Fermer ce message" onClick={onClose} />
      </Group>
    </Alert>
  );
}

export function EmployersPage() {
  const paging = usePagedSearch();
  const result = useApiQuery('employers.list', { search: paging.query, limit: paging.limit, offset: paging.offset });
  // The convention package goes from the agency to the employer: the action exists only in an agency workspace.
  const isAgency = useWorkspaceStore((s) => s.state?.workspace?.role === 'agence');
  const [notice, setNotice] = useState<PackageNotice | null>(null);
  const columns = useMemo(() => (isAgency ? [...employerColumns, packageColumn(setNotice)] : employerColumns), [isAgency]);
  return (
    <>
      <PageHeader title="Employeurs" description="Les employeurs signataires d'au moins une convention." />
      <ListToolbar>
        <SearchInput value={paging.search} onChange={paging.setSearch} description="Raison sociale, SIRET ou commune" />
        <ExportCsvButton request={{ list: 'employers', filters: paging.query ? { search: paging.query } : {} }} />
      </ListToolbar>
      {notice ? <Notice notice={notice} onClose={() => setNotice(null)} /> : null}
      <ListView
        result={result}
        paging={paging}
        filtered={Boolean(paging.query)}
        singular="employeur"
        plural="employeurs"
        label="Liste des employeurs"
        columns={columns}
        rowKey={(e) => e.id}
        emptyTitle="Aucun employeur pour l'instant"
        emptyDescription="Les employeurs apparaîtront ici avec leurs premières conventions."
      />
    </>
  );
}
