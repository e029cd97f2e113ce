/** Active conventions at the first day of each of the last twelve months. */
import { formatInteger } from '../../components/count';
import { MonthChart } from './MonthChart';

interface ActiveChartProps {
  title: string;
  description: string;
  months: { month: string; active: number }[];
}

export function ActiveChart({ title, description, months }: ActiveChartProps) {
  return (
    <MonthChart
      title={title}
      description={description}
      valueLabel="Conventions actives"
      points={months.map((m) => ({ month: m.month, value: m.active }))}
      format={formatInteger}
    />
  );
}
