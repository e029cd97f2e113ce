import type { ChannelOutput } from '../../../../shared/api/contract';

export type DashboardSummary = ChannelOutput<'dashboard.summary'>;

export function totalConventions(summary: DashboardSummary): number {
  return Object.values(summary.byStatus).reduce((sum, n) => sum + n, 0);
}
