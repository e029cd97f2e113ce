/**
 * Loads the workspace state and follows its changes, then shows the welcome
 * screen (no workspace yet) or the routed shell.
 */
import { Button, Center, Container, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { RouterProvider } from 'react-router';
import { api } from '../api/transport';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { UnlockPage } from '../pages/welcome/UnlockPage';
import { WelcomePage } from '../pages/welcome/WelcomePage';
import { useWorkspaceStore, workspaceKey } from '../store/workspace';
import { createAppRouter } from './router';
import { AccountsGate } from './AccountsGate';

function Loading() {
  return (
    <Center mih="100vh" component="main" id="contenu">
      <Stack align="center" gap="sm" role="status">
        <Loader aria-hidden />
        <Text c="dimmed">Ouverture de l'espace de travail…</Text>
      </Stack>
    </Center>
  );
}

function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Container size={640} py={64} component="main" id="contenu">
      <ApiErrorAlert title="L'espace de travail n'a pas pu être ouvert" message={message} />
      <Button onClick={onRetry}>Réessayer</Button>
    </Container>
  );
}

export function WorkspaceGate() {
  const status = useWorkspaceStore((s) => s.status);
  const state = useWorkspaceStore((s) => s.state);
  const loadError = useWorkspaceStore((s) => s.loadError);
  const load = useWorkspaceStore((s) => s.load);
  const apply = useWorkspaceStore((s) => s.apply);
  const [router] = useState(createAppRouter);

  useEffect(() => {
    const off = api.on('workspace.changed', apply);
    void load();
    return off;
  }, [load, apply]);

  // Another workspace opened (created, demo opened or left): start again from its dashboard.
  // Not on the first load, so a reload keeps the section the user was on.
  const key = state ? workspaceKey(state) : null;
  const previousKey = useRef<string | null>(null);
  useEffect(() => {
    if (key === null) return;
    const previous = previousKey.current;
    previousKey.current = key;
    if (previous !== null && previous !== key) void router.navigate('/');
  }, [key, router]);

  if (status === 'failed') return <LoadFailed message={loadError ?? ''} onRetry={() => void load()} />;
  if (!state) return <Loading />;
  if (state.locked && state.active === 'main') return <UnlockPage />;
  if (!state.workspace) return <WelcomePage />;
  return (
    <AccountsGate workspaceKey={workspaceKey(state)} workspaceName={state.workspace.name}>
      <RouterProvider router={router} />
    </AccountsGate>
  );
}
