import { useApiQuery } from '../../api/useApiQuery';
import { PageHeader } from '../../components/PageHeader';
import { ListToolbar } from '../../components/list/ListToolbar';
import { ListView } from '../../components/list/ListView';
import { SearchInput } from '../../components/list/SearchInput';
import { usePagedSearch } from '../../components/list/usePagedSearch';
import { employerColumns } from './employerColumns';
import { ExportCsvButton } from '../../components/files/ExportCsvButton';

export function EmployersPage() {
  const paging = usePagedSearch();
  const result = useApiQuery('employers.list', { search: paging.query, limit: paging.limit, offset: paging.offset });
  return (
    <>
      <PageHeader title="Employeurs" description="Les employeurs signataires d'au moins une convention." />
      <ListToolbar>
        <SearchInput value={paging.search} onChange={paging.setSearch} description="Raison sociale, SIRET ou commune" />
        <ExportCsvButton request={{ list: 'employers', filters: paging.query ? { search: paging.query } : {} }} />
      </ListToolbar>
      <ListView
        result={result}
        paging={paging}
        filtered={Boolean(paging.query)}
        singular="employeur"
        plural="employeurs"
        label="Liste des employeurs"
        columns={employerColumns}
        rowKey={(e) => e.id}
        emptyTitle="Aucun employeur pour l'instant"
        emptyDescription="Les employeurs apparaîtront ici avec leurs premières conventions."
      />
    </>
  );
}
