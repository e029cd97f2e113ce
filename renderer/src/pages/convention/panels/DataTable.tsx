/** A small labelled table for the detail page's sections. */
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps {
  label: string;
  head: string[];
  rows: { key: string | number; cells: ReactNode[] }[];
  /** Columns aligned right (amounts). */
  numeric?: number[];
}

export function DataTable({ label, head, rows, numeric = [] }: DataTableProps) {
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table striped withTableBorder verticalSpacing={6} horizontalSpacing="xs" fz="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {head.map((h, i) => (
              <Table.Th key={h} scope="col" ta={numeric.includes(i) ? 'right' : undefined}>
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, i) => (
                <Table.Td key={i} ta={numeric.includes(i) ? 'right' : undefined} style={numeric.includes(i) ? { whiteSpace: 'nowrap' } : undefined}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
