/**
 * « Connexion »: the workspace has accounts (switched on in Paramètres), so
 * nothing shows before an identifiant and its password are given. A wrong
 * password, a locked account or a session ended after inactivity is said in
 * French above the form.
 */
import { Alert, Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/errors';
import { usePageTitle } from '../../components/usePageTitle';
import { useAccountsStore } from '../../store/accounts';
import { SecretInput } from '../../components/inputs/SecretInput';

export function SignInPage({ workspaceName }: { workspaceName: string }) {
  usePageTitle('Connexion');
  const signIn = useAccountsStore((s) => s.signIn);
  const notice = useAccountsStore((s) => s.notice);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await signIn({ login, password });
    } catch (e) {
      setError(errorMessage(e));
      setPassword('');
    } finally {
      setPending(false);
    }
  }

  return (
    <Container size={460} py={64} component="main" id="contenu">
      <Paper withBorder p="xl" radius="md">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">
              Connexion
            </Title>
            <Text c="dimmed">
              L'espace de travail « {workspaceName} » demande un identifiant et un mot de passe. Mot de passe oublié : un administrateur le réinitialise dans
              Paramètres, Comptes.
            </Text>
            {error || notice ? (
              <Alert color="red" variant="light" role="alert" title="Connexion refusée">
                {error ?? notice}
              </Alert>
            ) : null}
            <TextInput label="Identifiant" value={login} onChange={(e) => setLogin(e.currentTarget.value)} autoComplete="username" required autoFocus />
            <SecretInput label="Mot de passe" value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" required />
            <Button type="submit" loading={pending} leftSection={<IconLogin size={18} aria-hidden />}>
              Se connecter
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
