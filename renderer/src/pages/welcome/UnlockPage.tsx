/**
 * An encrypted workspace whose passphrase was not given at start (issue #15):
 * asked here before anything of it is shown. A wrong one is said, and the
 * field keeps the focus for another try.
 */
import { Alert, Box, Button, Container, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/errors';
import { usePageTitle } from '../../components/usePageTitle';
import { useWorkspaceStore } from '../../store/workspace';
import { SecretInput } from '../../components/inputs/SecretInput';

export function UnlockPage() {
  usePageTitle('Espace de travail chiffré');
  const unlock = useWorkspaceStore((s) => s.unlock);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passphrase) {
      setError('Saisissez la phrase secrète de l’espace de travail.');
      input.current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    try {
      await unlock(passphrase);
    } catch (e) {
      setError(errorMessage(e));
      setPending(false);
      input.current?.focus();
    }
  }

  return (
    <Box component="main" id="contenu" bg="gray.0" mih="100vh" py={48}>
      <Container size={560}>
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Group gap="md" wrap="nowrap">
              <ThemeIcon size={44} radius="md" aria-hidden>
                <IconLock size={26} />
              </ThemeIcon>
              <Title order={1} size="h2">
                Espace de travail chiffré
              </Title>
            </Group>
            <Text>Les données de cet espace sont chiffrées sur le disque. Saisissez sa phrase secrète pour l’ouvrir.</Text>
            <form onSubmit={(e) => void submit(e)} noValidate>
              <Stack gap="md">
                <SecretInput
                  ref={input}
                  label="Phrase secrète"
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.currentTarget.value)}
                  error={error ?? undefined}
                  autoComplete="current-password"
                  data-autofocus
                  autoFocus
                />
                <Group>
                  <Button type="submit" loading={pending} leftSection={<IconLockOpen size={16} aria-hidden />}>
                    Ouvrir l’espace de travail
                  </Button>
                </Group>
              </Stack>
            </form>
            <Alert color="gray" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Phrase secrète perdue ?" role="note">
              Elle ne peut pas être retrouvée ni contournée. Sur l’ordinateur de bureau qui l’a mémorisée, l’application s’ouvre encore sans elle ; sinon, voyez
              la section « Chiffrement au repos » du guide (README) avec la personne qui l’a notée.
            </Alert>
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
