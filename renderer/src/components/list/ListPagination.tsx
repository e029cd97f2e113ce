import { Group, Pagination } from '@mantine/core';

interface ListPaginationProps {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  /** Accessible name of the navigation landmark, e.g. « Pages des conventions ». */
  label: string;
}

const CONTROL_LABELS = {
  first: 'Première page',
  previous: 'Page précédente',
  next: 'Page suivante',
  last: 'Dernière page',
} as const;

export function ListPagination({ total, pageSize, page, onChange, label }: ListPaginationProps) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <Group component="nav" aria-label={label} justify="center" mt="md">
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        withEdges
        size="sm"
        getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] })}
        getItemProps={(item) => ({
          'aria-label': `Page ${item}`,
          'aria-current': item === page ? 'page' : undefined,
        })}
      />
    </Group>
  );
}
