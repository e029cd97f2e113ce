import { IconArrowsExchange, IconBuilding, IconFileText, IconLayoutDashboard, IconSettings, IconUsers, type Icon } from '@tabler/icons-react';

export interface NavigationItem {
  path: string;
  label: string;
  icon: Icon;
}

/** The sections of the left navigation, in order. */
export const NAVIGATION: readonly NavigationItem[] = [
  { path: '/', label: 'Tableau de bord', icon: IconLayoutDashboard },
  { path: '/conventions', label: 'Conventions', icon: IconFileText },
  { path: '/employeurs', label: 'Employeurs', icon: IconBuilding },
  { path: '/salaries', label: 'Salariés', icon: IconUsers },
  { path: '/echanges', label: 'Échanges', icon: IconArrowsExchange },
  { path: '/parametres', label: 'Paramètres', icon: IconSettings },
];

export function isActive(item: NavigationItem, pathname: string): boolean {
  return item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
}
