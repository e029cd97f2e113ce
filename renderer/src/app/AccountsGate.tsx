/**
 * Between the workspace and its screens: when the open workspace has
 * accounts and nobody is signed in (or the session was locked), the sign-in
 * screen; otherwise the screens, as before accounts existed.
 */
import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/errors';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { SignInPage } from '../pages/sign-in/SignInPage';
import { useAccountsStore } from '../store/accounts';

export function AccountsGate({ workspaceKey, workspaceName, children }: { workspaceKey: string; workspaceName: string; children: ReactNode }) {
  const status = useAccountsStore((s) => s.status);
  const load = useAccountsStore((s) => s.load);
  const [error, setError] = useState<string>();
  useEffect(() => {
    load().catch((e: unknown) => setError(errorMessage(e)));
  }, [workspaceKey, load]);
  // The lock after inactivity also hides a screen left open: its status is asked every 30 seconds (that ask is no activity).
  const signedIn = !!status?.signedIn;
  useEffect(() => {
    if (!signedIn) return;
    const timer = setInterval(() => void load().catch(() => undefined), 30_000);
    return () => clearInterval(timer);
  }, [signedIn, load]);

  if (error) return <ApiErrorAlert title="Les comptes de l'espace de travail n'ont pas pu être lus" message={error} />;
  if (!status) {
    return (
      <Center mih="100vh" component="main" id="contenu">
        <Loader aria-label="Chargement" />
      </Center>
    );
  }
  if (status.enabled && !status.signedIn) return <SignInPage workspaceName={workspaceName} />;
  return children;
}
