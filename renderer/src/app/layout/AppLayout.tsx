import { Anchor, AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useMatches } from 'react-router';
import { STATEMENT_TITLE } from '../../../../shared/accessibility/statement';
import { StartupSummary } from '../../pages/obligations/StartupSummary';
import { useWorkspaceStore, workspaceKey } from '../../store/workspace';
import { ContentErrorBoundary } from '../errors/ContentErrorBoundary';
import { TaskProgressBar } from '../progress/TaskProgressBar';
import { AppHeader } from './AppHeader';
import classes from './AppLayout.module.css';
import { DemoBanner } from './DemoBanner';
import { NavigationMenu } from './NavigationMenu';
import { pageKey } from './pageKey';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useFocusRescue } from './useFocusRescue';

const HEADER_HEIGHT = 56;
const BANNER_HEIGHT = 40;

/** The shell: skip link, demo banner, header, left navigation, the routed page, and an employer's start-up summary. */
export function AppLayout() {
  const state = useWorkspaceStore((s) => s.state);
  const key = useWorkspaceStore((s) => workspaceKey(s.state));
  const { pathname } = useLocation();
  const page = pageKey(useMatches());
  const [opened, { toggle, close }] = useDisclosure(false);
  useFocusRescue(pathname);
  const workspace = state?.workspace;
  if (!state || !workspace) return null;
  const demo = state.active === 'demo';

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT + (demo ? BANNER_HEIGHT : 0) }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        {demo ? <DemoBanner /> : null}
        <AppHeader workspace={workspace} navigationOpened={opened} onToggleNavigation={toggle} />
      </AppShell.Header>
      {/* Closed behind the burger (narrow window, zoom): hidden, not only moved away, so Tab skips its links. */}
      <AppShell.Navbar p="sm" className={opened ? undefined : classes.navbarClosed}>
        <AppShell.Section grow>
          <NavigationMenu onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section pt="sm">
          <Anchor component={Link} to="/accessibilite" size="sm" onClick={close}>
            {STATEMENT_TITLE}
          </Anchor>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        {/*
          A new workspace or another page remounts the page: fresh data, and a failed page is forgotten.
          Keyed on the page, not the address: the first save of a new convention moves the address to
          the draft's without remounting the form (its focus and what is being typed stay). Any new
          address forgets a failure shown.
        */}
        <ContentErrorBoundary key={`${key}|${page}`} resetKey={pathname}>
          <Outlet />
        </ContentErrorBoundary>
      </AppShell.Main>
      <TaskProgressBar />
      {/* An employer's obligations, summed up once per opening of the workspace (keyed on it). */}
      {workspace.role === 'employeur' ? <StartupSummary key={key} /> : null}
    </AppShell>
  );
}
