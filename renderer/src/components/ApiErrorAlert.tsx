import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface ApiErrorAlertProps {
  message: string;
  title?: string;
  onRetry?: () => void;
}

/** An API failure, in French, with a retry when it makes sense. */
export function ApiErrorAlert({ message, title = "Les données n'ont pas pu être chargées", onRetry }: ApiErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert" mb="md">
      {message}
      {onRetry ? (
        <div>
          <Button variant="default" size="xs" mt="sm" onClick={onRetry}>
            Réessayer
          </Button>
        </div>
      ) : null}
    </Alert>
  );
}
