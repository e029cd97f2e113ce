import { Alert, Box, Button, Group } from '@mantine/core';
import { IconPlus, IconSearchOff } from '@tabler/icons-react';
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
import { useWindowedList, type LoadWindow } from '../../components/list/useWindowedList';
import { useWorkspaceStore } from '../../store/workspace';
import { ConventionFilters } from './ConventionFilters';
import { SavedViewsMenu } from './SavedViewsMenu';
import { conventionColumns, type ConventionRow } from './conventionColumns';
import { formFromFilters } from './conventionListFilters';
import { useConventionListState } from './useConventionListState';

const loadConventions: LoadWindow<ConventionListFilters, ConventionRow> = (filters, offset, limit) => call('conventions.list', { ...filters, offset, limit });

/** The number of the draft the convention page just deleted (navigation state), if any. */
function deletedDraftOf(state: unknown): string | undefined {
  const number = (state as { deletedDraft?: unknown } | null)?.deletedDraft;
  return typeof number === 'string' ? number : undefined;
}

export function ConventionsPage() {
  const isAgency = useWorkspaceStore((s) => s.state?.workspace?.role === 'agence');
  const { form, filters, update, setForm, narrowed } = useConventionListState();
  const list = useWindowedList(filters, loadConventions);
  const deletedDraft = deletedDraftOf(useLocation().state);

  return (
    <>
      <PageHeader
        title="Conventions"
        description="Les conventions d'aide à l'emploi : recherchez, filtrez, triez en cliquant sur les en-têtes."
        actions={
          <Group gap="sm">
            <SavedViewsMenu current={filters} onApply={(saved) => setForm(formFromFilters(saved))} />
            {/* An employer records a convention received on paper (it never signs one for the State). */}
            <Button component={Link} to="/conventions/nouvelle" leftSection={<IconPlus size={16} aria-hidden />}>
              {isAgency ? 'Nouvelle convention' : 'Saisir une convention reçue'}
            </Button>
          </Group>
        }
      />
      {deletedDraft ? (
        <Alert color="green" variant="light" role="status" mb="md" title={`Brouillon ${deletedDraft} supprimé`}>
          Son numéro ne sera pas réattribué.
        </Alert>
      ) : null}
      <ListToolbar>
        <SearchInput
          value={form.search}
          onChange={(search) => update({ search })}
          description="Nom du salarié ou de l'employeur, SIRET, n° de convention, NIR"
        />
        <ConventionFilters form={form} onChange={update} />
        {/* Every convention the search and filters select, in the list's order: not only the rows on screen. */}
        <ExportCsvButton request={{ list: 'conventions', filters }} />
      </ListToolbar>
      {list.error ? (
        <ApiErrorAlert message={list.error} onRetry={list.retry} />
      ) : list.total === undefined ? (
        <TableSkeleton />
      ) : list.total === 0 && !list.loading ? (
        narrowed ? (
          <EmptyMessage
            icon={<IconSearchOff aria-hidden />}
            title="Aucun résultat"
            description="Rien ne correspond à votre recherche ou à vos filtres. Modifiez-les pour élargir la liste."
          />
        ) : (
          <EmptyMessage title="Aucune convention pour l'instant" description="Les conventions instruites ou reçues apparaîtront ici." />
        )
      ) : (
        <Box>
          <ResultCount total={list.total} singular="convention" plural="conventions" loading={list.loading} />
          <VirtualTable
            label="Liste des conventions"
            columns={conventionColumns}
            total={list.total}
            rowAt={list.rowAt}
            rowKey={(c) => c.id}
            onRangeChange={list.showRange}
            sort={form.sort}
            onSortChange={(sort) => update({ sort })}
            busy={list.loading}
            minWidth={1040}
            stickyTop="var(--app-shell-header-height, 0px)"
          />
        </Box>
      )}
    </>
  );
}
