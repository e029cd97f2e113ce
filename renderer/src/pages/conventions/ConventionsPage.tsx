import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ConventionStatus, Measure } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/useApiQuery';
import { PageHeader } from '../../components/PageHeader';
import { ListToolbar } from '../../components/list/ListToolbar';
import { ListView } from '../../components/list/ListView';
import { SearchInput } from '../../components/list/SearchInput';
import { usePagedSearch } from '../../components/list/usePagedSearch';
import { useWorkspaceStore } from '../../store/workspace';
import { ConventionFilters } from './ConventionFilters';
import { conventionColumns } from './conventionColumns';

export function ConventionsPage() {
  const [measure, setMeasure] = useState<Measure>();
  const [status, setStatus] = useState<ConventionStatus>();
  const isAgency = useWorkspaceStore((s) => s.state?.workspace?.role === 'agence');
  const paging = usePagedSearch(`${measure ?? ''}|${status ?? ''}`);
  const result = useApiQuery('conventions.list', {
    search: paging.query,
    measure,
    status,
    limit: paging.limit,
    offset: paging.offset,
  });

  return (
    <>
      <PageHeader
        title="Conventions"
        description="Les conventions d'aide à l'emploi, des plus récentes aux plus anciennes."
        actions={
          isAgency ? (
            <Button component={Link} to="/conventions/nouvelle" leftSection={<IconPlus size={16} aria-hidden />}>
              Nouvelle convention
            </Button>
          ) : null
        }
      />
      <ListToolbar>
        <SearchInput
          value={paging.search}
          onChange={paging.setSearch}
          description="Nom du salarié ou de l'employeur, SIRET, n° de convention, NIR"
        />
        <ConventionFilters measure={measure} status={status} onMeasureChange={setMeasure} onStatusChange={setStatus} />
      </ListToolbar>
      <ListView
        result={result}
        paging={paging}
        filtered={Boolean(paging.query || measure || status)}
        singular="convention"
        plural="conventions"
        label="Liste des conventions"
        columns={conventionColumns}
        rowKey={(c) => c.id}
        emptyTitle="Aucune convention pour l'instant"
        emptyDescription="Les conventions instruites ou reçues apparaîtront ici."
        minWidth={1040}
      />
    </>
  );
}
