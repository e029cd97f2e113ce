import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconHome, IconReload } from '@tabler/icons-react';

interface ErrorMessageProps {
  onRetry: () => void;
  onHome?: () => void;
  details?: string;
}

/** What the user sees when a screen fails to display. */
export function ErrorMessage({ onRetry, onHome, details }: ErrorMessageProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Cet écran n'a pas pu s'afficher" role="alert" maw={720}>
      <Text size="sm">Une erreur inattendue s'est produite. Vos données ne sont pas touchées. Réessayez, ou revenez au tableau de bord.</Text>
      {details ? (
        <Text size="xs" c="dimmed" mt="xs">
          Détail : {details}
        </Text>
      ) : null}
      <Group mt="md" gap="sm">
        <Button size="sm" leftSection={<IconReload size={16} aria-hidden />} onClick={onRetry}>
          Réessayer
        </Button>
        {onHome ? (
          <Button size="sm" variant="default" leftSection={<IconHome size={16} aria-hidden />} onClick={onHome}>
            Revenir au tableau de bord
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
