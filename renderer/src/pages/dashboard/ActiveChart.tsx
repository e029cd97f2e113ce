/**
 * Active conventions at the first day of each of the last twelve months:
 * CSS bars for the eye (hidden from assistive technologies) and the same
 * figures in a visually hidden table for screen readers.
 */
import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatMonthFr } from '../../../../shared/format/date';
import { formatInteger } from '../../components/count';
import classes from './ActiveChart.module.css';

interface ActiveChartProps {
  title: string;
  description: string;
  months: { month: string; active: number }[];
}

/** `juin 2009` → [`juin`, `2009`], shown on two lines under the bar. */
function splitMonth(isoMonth: string): [string, string] {
  const label = formatMonthFr(isoMonth);
  const space = label.lastIndexOf(' ');
  return space > 0 ? [label.slice(0, space), label.slice(space + 1)] : [label, ''];
}

export function ActiveChart({ title, description, months }: ActiveChartProps) {
  const max = Math.max(1, ...months.map((m) => m.active));
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
          {months.map((m, i) => (
            <div key={m.month} className={classes.column} title={`${formatMonthFr(m.month)} : ${formatInteger(m.active)}`}>
              <span className={classes.value}>{formatInteger(m.active)}</span>
              <div
                className={i === months.length - 1 ? `${classes.bar} ${classes.current}` : classes.bar}
                style={{ height: `${(m.active / max) * 100}%` }}
              />
            </div>
          ))}
        </div>
        <div className={classes.labels}>
          {months.map((m) => {
            const [month, year] = splitMonth(m.month);
            return (
              <span key={m.month} className={classes.label}>
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
              <Table.Th scope="col">Conventions actives</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row">{formatMonthFr(m.month)}</Table.Th>
                <Table.Td>{formatInteger(m.active)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}
