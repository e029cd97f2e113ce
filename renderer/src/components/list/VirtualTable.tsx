/**
 * A long list drawn as one accessible table whose rows exist only around the
 * scrolled position (@tanstack/react-virtual): `aria-rowcount` gives the
 * whole count, each row its `aria-rowindex`. Rows not fetched yet show a
 * skeleton. Sortable headers are buttons with `aria-sort`, kept in view
 * (sticky) under the app header.
 *
 * The page itself scrolls (window virtualizer): one scroll bar, Page Up/Down
 * and Space work as on any page, and Tab follows the rows' links, no nested
 * scroll area to get stuck in. Only when the frame is narrower than the
 * table's `minWidth` (a 1024 px window, a 200 % zoom) does the table scroll
 * sideways inside its frame, never the page (its headers then stay at the
 * top of the table). Every row is one line of the same height (a long name
 * ends with « … » and is told whole in the cell's title; screen readers read
 * it whole): the virtualizer places 200,000 rows by arithmetic, where
 * measuring rows of varying heights made it recompute every row's position
 * as each drawn row was measured (512 → 350–430 ms to show 200,000).
 * The virtualizer changes in place as the page scrolls: this component must
 * not be memoised (no React.memo). Its rows are: a row whose data has not
 * changed is not drawn again when the table is (a new query dims the table,
 * a scroll moves the window).
 */
import { Skeleton, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import type { Column } from './ListTable';
import classes from './VirtualTable.module.css';

/** A row's height in rem (37 px at the usual 16 px): it follows the reader's font size, as the text does. */
const ROW_HEIGHT_REM = 37 / 16;
const ROW_CLASS = Table.classes.tr;
const CELL_CLASS = `${Table.classes.td} ${classes.cell}`;
const NOWRAP_CELL_CLASS = `${Table.classes.td} ${classes.nowrap}`;

export interface SortState<S extends string> {
  by: S;
  dir: 'asc' | 'desc';
}

export interface VirtualColumn<T, S extends string> extends Column<T> {
  /** The server's sort key of this column, when it can be sorted. */
  sortKey?: S;
  width?: number;
  /** The cell's whole text, shown on hover where a long one is cut (« … »). */
  title?: (row: T) => string;
}

interface VirtualTableProps<T, S extends string> {
  label: string;
  columns: VirtualColumn<T, S>[];
  total: number;
  rowAt: (index: number) => T | undefined;
  rowKey: (row: T) => string | number;
  onRangeChange: (first: number, last: number) => void;
  sort: SortState<S>;
  onSortChange: (sort: SortState<S>) => void;
  busy?: boolean;
  minWidth?: number;
  /** Height of what stays fixed above the table (the app header), for the sticky column headers. */
  stickyTop: string;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function VirtualTable<T, S extends string>(props: VirtualTableProps<T, S>) {
  const { columns, total, rowAt, rowKey, onRangeChange } = props;
  const { body, items, top, bottom, rowHeight } = useWindowRows(total, onRangeChange);
  const { frame, narrow } = useNarrowFrame(props.minWidth ?? 0);
  return (
    <div ref={frame} className={narrow ? `${classes.frame} ${classes.scrolls}` : classes.frame}>
      <Table
        verticalSpacing={6}
        horizontalSpacing="xs"
        fz="sm"
        highlightOnHover
        aria-label={props.label}
        aria-rowcount={total + 1}
        aria-busy={props.busy ?? false}
        className={props.busy ? `${classes.table} ${classes.busy}` : classes.table}
        style={{ minWidth: props.minWidth }}
      >
        <Table.Thead>
          <SortableHeaderRow columns={columns} sort={props.sort} onSortChange={props.onSortChange} stickyTop={props.stickyTop} />
        </Table.Thead>
        <Table.Tbody ref={body}>
          {top > 0 ? <Spacer height={top} columns={columns.length} /> : null}
          {items.map((item) => {
            const row = rowAt(item.index);
            return <VirtualRow key={row ? rowKey(row) : `attente-${item.index}`} index={item.index} row={row} columns={columns} height={rowHeight} />;
          })}
          {bottom > 0 ? <Spacer height={bottom} columns={columns.length} /> : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/**
 * The rows around the scrolled position, the page being the scroll area:
 * `body` marks where the rows start, `top` and `bottom` are the heights of
 * the rows not drawn above and below. Reports each new range drawn.
 */
function useWindowRows(total: number, onRangeChange: (first: number, last: number) => void) {
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the rows start in the page (below the header, toolbar and table head).
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setScrollMargin((body.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const [rowHeight] = useState(() => Math.round(ROW_HEIGHT_REM * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16)));
  const virtualizer = useWindowVirtualizer({ count: total, estimateSize: () => rowHeight, overscan: 12, scrollMargin });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) onRangeChange(first, last);
  }, [first, last, total, onRangeChange]);

  const top = (items[0]?.start ?? scrollMargin) - scrollMargin;
  const bottom = virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? scrollMargin) - scrollMargin);
  return { body, items, top, bottom, rowHeight };
}

/** Whether the frame is narrower than the table must be: it then scrolls sideways, the page never does. */
function useNarrowFrame(minWidth: number) {
  const frame = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const check = () => setNarrow(element.getBoundingClientRect().width < minWidth);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [minWidth]);
  return { frame, narrow };
}

/** The column headers, kept in view under the app header; a sortable one is a button with `aria-sort`. */
function SortableHeaderRow<T, S extends string>(props: {
  columns: VirtualColumn<T, S>[];
  sort: SortState<S>;
  onSortChange: (sort: SortState<S>) => void;
  stickyTop: string;
}) {
  const { sort, onSortChange } = props;
  return (
    <Table.Tr aria-rowindex={1}>
      {props.columns.map((column) => {
        const active = column.sortKey !== undefined && column.sortKey === sort.by;
        return (
          <Table.Th
            key={column.key}
            scope="col"
            className={classes.header}
            style={{ top: props.stickyTop }}
            w={column.width}
            aria-sort={column.sortKey ? (active ? ARIA_SORT[sort.dir] : 'none') : undefined}
          >
            {column.sortKey ? (
              <UnstyledButton
                className={classes.sortButton}
                onClick={() => onSortChange({ by: column.sortKey!, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
              >
                {column.header}
                <SortIcon active={active} dir={sort.dir} />
              </UnstyledButton>
            ) : (
              column.header
            )}
          </Table.Th>
        );
      })}
    </Table.Tr>
  );
}

/** One drawn row: its cells once fetched, a skeleton until then. */
const VirtualRow = memo(function VirtualRow<T, S extends string>(props: { index: number; row: T | undefined; columns: VirtualColumn<T, S>[]; height: number }) {
  const { index, row, columns, height } = props;
  // Plain <tr>/<td> with the classes and attributes Mantine's Table.Tr/Table.Td give them (the table sets the spacing): a screen of rows is
  // drawn for each new query, and Mantine's components cost several times more to draw than the elements they end in.
  return (
    <tr className={ROW_CLASS} data-with-row-border data-hover aria-rowindex={index + 2} style={{ height }}>
      {row ? (
        columns.map((column) => (
          <td
            key={column.key}
            className={column.nowrap ? NOWRAP_CELL_CLASS : CELL_CLASS}
            style={column.align ? { textAlign: column.align } : undefined}
            title={column.title?.(row)}
          >
            {column.render(row)}
          </td>
        ))
      ) : (
        <td className={Table.classes.td} colSpan={columns.length}>
          <Skeleton height={16} aria-label="Chargement…" />
        </td>
      )}
    </tr>
  );
}) as <T, S extends string>(props: { index: number; row: T | undefined; columns: VirtualColumn<T, S>[]; height: number }) => ReactNode;

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className={classes.spacer} style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}

function SortIcon({ active, dir }: { active: boolean; dir: 'asc' | 'desc' }) {
  if (!active) return <IconArrowsSort size={14} aria-hidden opacity={0.4} />;
  return dir === 'asc' ? <IconArrowUp size={14} aria-hidden /> : <IconArrowDown size={14} aria-hidden />;
}
