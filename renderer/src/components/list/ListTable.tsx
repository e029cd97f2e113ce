/**
 * The table of a list screen. Pages describe their columns; this component
 * draws them. It is the one place to swap for a virtualised list later.
 */
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './ListTable.module.css';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Keeps the cell on one line (numbers, dates, codes). */
  nowrap?: boolean;
  align?: 'left' | 'right' | 'center';
}

interface ListTableProps<T> {
  /** Accessible name of the table (read by screen readers). */
  label: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  /** A newer page is loading: the current rows stay, dimmed. */
  busy?: boolean;
  minWidth?: number;
}

export function ListTable<T>({ label, columns, rows, rowKey, busy = false, minWidth = 720 }: ListTableProps<T>) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native">
      <Table
        striped
        highlightOnHover
        withTableBorder
        verticalSpacing={6}
        horizontalSpacing="xs"
        fz="sm"
        aria-label={label}
        aria-busy={busy}
        className={busy ? `${classes.table} ${classes.busy}` : classes.table}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} ta={column.align} className={classes.header} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key} ta={column.align} className={column.nowrap ? classes.nowrap : undefined}>
                  {column.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
