/**
 * The body of a list screen: skeleton on first load, French alert on error,
 * empty state, else the count, the table and the pagination.
 */
import { Box } from '@mantine/core';
import { IconSearchOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { QueryResult } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { EmptyMessage } from '../EmptyMessage';
import { ListPagination } from './ListPagination';
import { ListTable, type Column } from './ListTable';
import { ResultCount } from './ResultCount';
import { TableSkeleton } from './TableSkeleton';
import type { PagedSearch } from './usePagedSearch';

interface ListViewProps<T> {
  result: QueryResult<{ total: number; items: T[] }>;
  paging: PagedSearch;
  /** A search or a filter is active (changes the empty message). */
  filtered: boolean;
  singular: string;
  plural: string;
  label: string;
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  emptyTitle: string;
  emptyDescription?: ReactNode;
  minWidth?: number;
}

export function ListView<T>(props: ListViewProps<T>) {
  const { result, paging, filtered } = props;
  if (result.error) return <ApiErrorAlert message={result.error} onRetry={result.reload} />;
  if (!result.data) return <TableSkeleton />;
  const { total, items } = result.data;
  if (total === 0 && !result.loading) {
    return filtered ? (
      <EmptyMessage
        icon={<IconSearchOff aria-hidden />}
        title="Aucun résultat"
        description="Rien ne correspond à votre recherche ou à vos filtres. Modifiez-les pour élargir la liste."
      />
    ) : (
      <EmptyMessage title={props.emptyTitle} description={props.emptyDescription} />
    );
  }
  return (
    <Box>
      <ResultCount total={total} singular={props.singular} plural={props.plural} loading={result.loading} />
      <ListTable label={props.label} columns={props.columns} rows={items} rowKey={props.rowKey} busy={result.loading} minWidth={props.minWidth} />
      <ListPagination total={total} pageSize={paging.limit} page={paging.page} onChange={paging.setPage} label={`Pages : ${props.label.toLowerCase()}`} />
    </Box>
  );
}
