/**
 * One figure for each of the last twelve months: CSS bars for the eye
 * (hidden from assistive technologies) and the same figures in a visually
 * hidden table for screen readers.
 */
import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatMonthFr } from '../../../../shared/format/date';
import classes from './ActiveChart.module.css';

export interface MonthChartProps {
  title: string;
  description: string;
  /** Header of the figures' column in the table. */
  valueLabel: string;
  points: { month: string; value: number }[];
  format: (value: number) => string;
  /** The figure above a bar, short enough for a narrow bar (1024 px window, 200 % zoom); `format` when absent. */
  short?: (value: number) => string;
}

/** Height of the figure above a bar (14px line, 2px margin): the tallest bar leaves room for it. */
const VALUE_LINE = 16;

/** Abbreviated months (`sept.`, `déc.`): twelve bars fit a narrow window without cutting a name. */
const SHORT_MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' });

/** `2009-06` → [`juin`, `2009`], shown on two lines under the bar (the whole name is in the bar's title and the table). */
function splitMonth(isoMonth: string): [string, string] {
  const [year, month] = isoMonth.split('-').map(Number);
  if (!year || !month) return [isoMonth, ''];
  return [SHORT_MONTH.format(Date.UTC(year, month - 1, 1)), String(year)];
}

export function MonthChart({ title, description, valueLabel, points, format, short = format }: MonthChartProps) {
  const max = Math.max(1, ...points.map((p) => p.value));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {description}
      </Text>
      <div aria-hidden="true">
        <div className={classes.plot}>
          {points.map((p, i) => (
            <div key={p.month} className={classes.column} title={`${formatMonthFr(p.month)} : ${format(p.value)}`}>
              <span className={classes.value}>{short(p.value)}</span>
              <div
                className={i === points.length - 1 ? `${classes.bar} ${classes.current}` : classes.bar}
                style={{ height: `calc((100% - ${VALUE_LINE}px) * ${p.value / max})` }}
              />
            </div>
          ))}
        </div>
        <div className={classes.labels}>
          {points.map((p) => {
            const [month, year] = splitMonth(p.month);
            return (
              <span key={p.month} className={classes.label}>
                {month}
                <br />
                {year}
              </span>
            );
          })}
        </div>
      </div>
      <VisuallyHidden>
        <Table>
          <caption>{title}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mois</Table.Th>
              <Table.Th scope="col">{valueLabel}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((p) => (
              <Table.Tr key={p.month}>
                <Table.Th scope="row">{formatMonthFr(p.month)}</Table.Th>
                <Table.Td>{format(p.value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}
