/** The bench's table (French, for a person) and bench/results.json (ISO, for tools). */
import os from 'node:os';
import type { Metric } from './harness';

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** Whether a metric meets its target (null when it has none). */
export function meets(m: Metric): boolean | null {
  return m.target === null ? null : m.value <= m.target;
}

/** value / baseline; a metric in × is a ratio already (its baseline is in ms). */
export function ratioOf(m: Metric): number | null {
  if (m.unit === '×') return m.value;
  if (m.baseline === null || m.baseline === 0) return null;
  return Math.round((m.value / m.baseline) * 100) / 100;
}

export function formatTable(metrics: Metric[]): string {
  const rows = metrics.map((m) => {
    const ratio = ratioOf(m);
    const ok = meets(m);
    return [
      m.label,
      `${number.format(m.value)} ${m.unit}`,
      m.target === null ? '' : `≤ ${number.format(m.target)} ${m.unit}`,
      m.baseline === null ? '' : `${number.format(m.baseline)} ${m.unit === '×' ? 'ms' : m.unit}`,
      ratio === null ? '' : `${number.format(ratio)} ×`,
      ok === null ? '' : ok ? 'atteint' : 'NON ATTEINT',
    ];
  });
  const header = ['mesure', 'valeur', 'objectif', 'référence', 'rapport', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const met = metrics.filter((m) => meets(m) === true).length;
  const withTarget = metrics.filter((m) => m.target !== null).length;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line), '', `Objectifs atteints : ${met} sur ${withTarget}.`].join(
    '\n',
  );
}

export function toResults(metrics: Metric[], run: { scale: string; sizes: number[]; seconds: number }) {
  return {
    run: {
      ...run,
      seconds: Math.round(run.seconds),
      measuredAt: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      platform: process.platform,
    },
    metrics: Object.fromEntries(
      metrics.map((m) => [m.key, { label: m.label, value: m.value, unit: m.unit, target: m.target, baseline: m.baseline, ratio: ratioOf(m), met: meets(m) }]),
    ),
  };
}
