import { useApiQuery } from '../../api/useApiQuery';
import { PageHeader } from '../../components/PageHeader';
import { ListToolbar } from '../../components/list/ListToolbar';
import { ListView } from '../../components/list/ListView';
import { SearchInput } from '../../components/list/SearchInput';
import { usePagedSearch } from '../../components/list/usePagedSearch';
import { ExportCsvButton } from '../../components/files/ExportCsvButton';
import { employeeColumns } from './employeeColumns';

export function EmployeesPage() {
  const paging = usePagedSearch();
  const result = useApiQuery('employees.list', { search: paging.query, limit: paging.limit, offset: paging.offset });
  return (
    <>
      <PageHeader
        title="Salariés"
        description="Les personnes embauchées sous convention. Le NIR est masqué : seuls ses trois derniers caractères restent lisibles."
      />
      <ListToolbar>
        <SearchInput value={paging.search} onChange={paging.setSearch} description="Nom, prénom, nom de naissance ou NIR" />
        <ExportCsvButton request={{ list: 'employees', filters: paging.query ? { search: paging.query } : {} }} />
      </ListToolbar>
      <ListView
        result={result}
        paging={paging}
        filtered={Boolean(paging.query)}
        singular="salarié"
        plural="salariés"
        label="Liste des salariés"
        columns={employeeColumns}
        rowKey={(e) => e.id}
        emptyTitle="Aucun salarié pour l'instant"
        emptyDescription="Les salariés apparaîtront ici avec leurs conventions."
        minWidth={560}
      />
    </>
  );
}
