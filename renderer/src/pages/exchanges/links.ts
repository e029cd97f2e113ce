/** Where a line's record opens: its convention, on the tab that shows it. */
import type { LineRow } from '../../../../shared/api/exchanges-contract';

const TAB: Record<NonNullable<LineRow['target']>['section'], string | null> = {
  versions: 'versions',
  evenements: 'evenements',
  // The dénonciation is shown above the tabs of the convention page.
  denonciation: null,
  activite: 'activite',
};

export function recordLink(target: NonNullable<LineRow['target']>): string {
  const tab = TAB[target.section];
  return tab ? `/conventions/${target.conventionId}?onglet=${tab}` : `/conventions/${target.conventionId}`;
}

export const lotLink = (lotId: number) => `/echanges/${lotId}`;
