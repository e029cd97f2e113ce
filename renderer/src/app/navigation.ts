import {
  IconArrowsExchange,
  IconBuilding,
  IconChecklist,
  IconCoinEuro,
  IconFileText,
  IconLayoutDashboard,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { WorkspaceRole } from '../../../shared/domain/enums';

export interface NavigationItem {
  path: string;
  label: string;
  icon: Icon;
  /** The workspaces that show it (all when absent). */
  roles?: readonly WorkspaceRole[];
}

/**
 * The sections of the left navigation, in order. An agency has its registry
 * of employers and employees; an employer has its own establishments and its
 * staff on aided contracts (« Établissements », « Personnel »), and its
 * « Obligations » first after the dashboard.
 */
const NAVIGATION: readonly NavigationItem[] = [
  { path: '/', label: 'Tableau de bord', icon: IconLayoutDashboard },
  // What the employer owes, due dates first: first after the dashboard.
  { path: '/obligations', label: 'Obligations', icon: IconChecklist, roles: ['employeur'] },
  { path: '/conventions', label: 'Conventions', icon: IconFileText },
  { path: '/employeurs', label: 'Employeurs', icon: IconBuilding, roles: ['agence'] },
  { path: '/salaries', label: 'Salariés', icon: IconUsers, roles: ['agence'] },
  { path: '/etablissements', label: 'Établissements', icon: IconBuilding, roles: ['employeur'] },
  { path: '/personnel', label: 'Personnel', icon: IconUsers, roles: ['employeur'] },
  { path: '/aides', label: 'Aides', icon: IconCoinEuro, roles: ['employeur'] },
  { path: '/echanges', label: 'Échanges', icon: IconArrowsExchange },
  { path: '/parametres', label: 'Paramètres', icon: IconSettings },
];

/** The sections a workspace of this role shows. */
export function navigationFor(role: WorkspaceRole): NavigationItem[] {
  return NAVIGATION.filter((item) => !item.roles || item.roles.includes(role));
}

export function isActive(item: NavigationItem, pathname: string): boolean {
  return item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
}
