import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useWorkspaceStore } from '../../store/workspace';
import { isActive, navigationFor } from '../navigation';

export function NavigationMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { pathname } = useLocation();
  const role = useWorkspaceStore((s) => s.state?.workspace?.role ?? 'agence');
  return (
    <Stack component="nav" aria-label="Navigation principale" gap={2}>
      {navigationFor(role).map((item) => {
        const active = isActive(item, pathname);
        const Icon = item.icon;
        return (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={item.label}
            leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            variant="light"
            fw={500}
          />
        );
      })}
    </Stack>
  );
}
