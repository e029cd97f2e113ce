import { Alert, Box, Button, Group } from '@mantine/core';
import { IconPlus, IconSearchOff } from '@tabler/icons-react';
import { memo, useCallback, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import type { ConventionListFilters } from '../../../../shared/api/contract';
import { call } from '../../api/transport';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyMessage } from '../../components/EmptyMessage';
import { ExportCsvButton } from '../../components/files/ExportCsvButton';
import { PageHeader } from '../../components/PageHeader';
import { ListToolbar } from '../../components/list/ListToolbar';
import { ResultCount } from '../../components/list/ResultCount';
import { SearchInput } from '../../components/list/SearchInput';
import { TableSkeleton } from '../../components/list/TableSkeleton';
import { VirtualTable } from '../../components/list/VirtualTable';
import { useWindowedList, type LoadWindow, type WindowedList } from '../../components/list/useWindowedList';
import { useWorkspaceStore } from '../../store/workspace';
import { ConventionFilters } from './ConventionFilters';
import { SavedViewsMenu } from './SavedViewsMenu';
import { conventionColumns, type ConventionRow } from './conventionColumns';
import { filtersFromForm, formFromFilters, type ConventionListForm } from './conventionListFilters';
import { useConventionListState } from './useConventionListState';

const loadConventions: LoadWindow<ConventionListFilters, ConventionRow> = (filters, offset, limit) => call('conventions.list', { ...filters, offset, limit });

/** The number of the draft the convention page just deleted (navigation state), if any. */
function deletedDraftOf(state: unknown): string | undefined {
  const number = (state as { deletedDraft?: unknown } | null)?.deletedDraft;
  return typeof number === 'string' ? number : undefined;
}

export function ConventionsPage() {
  const isAgency = useWorkspaceStore((s) => s.state?.workspace?.role === 'agence');
  const { search, criteria, filters, update, setForm, narrowed } = useConventionListState();
  const list = useWindowedList(filters, loadConventions);
  const deletedDraft = deletedDraftOf(useLocation().state);
  const applyView = useCallback((saved: ConventionListFilters) => setForm(formFromFilters(saved)), [setForm]);
  const { prefetch } = list;
  // The keystroke itself asks for the new search's first page: the render that sends it comes after the one that shows the keystroke.
  const onSearch = useCallback(
    (typed: string) => {
      update({ search: typed });
      prefetch(filtersFromForm(criteria, typed));
    },
    [update, prefetch, criteria],
  );
  const onSortChange = useCallback((sort: ConventionListForm['sort']) => update({ sort }), [update]);
  const exportRequest = useMemo(() => ({ list: 'conventions' as const, filters }), [filters]);

  // A keystroke draws the field again, not the header, the filters nor the table (memoised, their props unchanged until the query is sent).
  return (
    <>
      <ConventionsHeader isAgency={isAgency} filters={filters} onApply={applyView} />
      {deletedDraft ? (
        <Alert color="green" variant="light" role="status" mb="md" title={`Brouillon ${deletedDraft} supprimé`}>
          Son numéro ne sera pas réattribué.
        </Alert>
      ) : null}
      <ListToolbar>
        <SearchInput value={search} onChange={onSearch} description="Nom du salarié ou de l'employeur, SIRET, n° de convention, NIR" />
        <ConventionFilters form={criteria} onChange={update} />
        {/* Every convention the search and filters select, in the list's order: not only the rows on screen. */}
        <MemoExportCsvButton request={exportRequest} />
      </ListToolbar>
      <ConventionsTable list={list} narrowed={narrowed} sort={criteria.sort} onSortChange={onSortChange} />
    </>
  );
}

const MemoExportCsvButton = memo(ExportCsvButton);

const ConventionsHeader = memo(function ConventionsHeader(props: {
  isAgency: boolean;
  filters: ConventionListFilters;
  onApply: (saved: ConventionListFilters) => void;
}) {
  return (
    <PageHeader
      title="Conventions"
      description="Les conventions d'aide à l'emploi : recherchez, filtrez, triez en cliquant sur les en-têtes."
      actions={
        <Group gap="sm">
          <SavedViewsMenu current={props.filters} onApply={props.onApply} />
          {/* An employer records a convention received on paper (it never signs one for the State). */}
          <Button component={Link} to="/conventions/nouvelle" leftSection={<IconPlus size={16} aria-hidden />}>
            {props.isAgency ? 'Nouvelle convention' : 'Saisir une convention reçue'}
          </Button>
        </Group>
      }
    />
  );
});

const rowKey = (c: ConventionRow) => c.id;

interface ConventionsTableProps {
  list: WindowedList<ConventionRow, ConventionListFilters>;
  narrowed: boolean;
  sort: ConventionListForm['sort'];
  onSortChange: (sort: ConventionListForm['sort']) => void;
}

/** The count and the rows, or why there are none. */
const ConventionsTable = memo(function ConventionsTable({ list, narrowed, sort, onSortChange }: ConventionsTableProps) {
  if (list.error) return <ApiErrorAlert message={list.error} onRetry={list.retry} />;
  if (list.total === undefined) return <TableSkeleton />;
  if (list.total === 0 && !list.loading) {
    return narrowed ? (
      <EmptyMessage
        icon={<IconSearchOff aria-hidden />}
        title="Aucun résultat"
        description="Rien ne correspond à votre recherche ou à vos filtres. Modifiez-les pour élargir la liste."
      />
    ) : (
      <EmptyMessage title="Aucune convention pour l'instant" description="Les conventions instruites ou reçues apparaîtront ici." />
    );
  }
  return (
    <Box>
      <ResultCount total={list.total} singular="convention" plural="conventions" loading={list.loading} />
      <VirtualTable
        label="Liste des conventions"
        columns={conventionColumns}
        total={list.total}
        rowAt={list.rowAt}
        rowKey={rowKey}
        onRangeChange={list.showRange}
        sort={sort}
        onSortChange={onSortChange}
        busy={list.loading}
        minWidth={1040}
        stickyTop="var(--app-shell-header-height, 0px)"
      />
    </Box>
  );
});
