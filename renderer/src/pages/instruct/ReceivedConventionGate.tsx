/**
 * An employer enters by hand a convention it received on paper (it neither
 * numbers nor signs one for the State): for one of its establishments, so
 * the profile and an establishment come first.
 */
import { Alert, Anchor, Skeleton, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

export function ReceivedConventionGate({ children }: { children: ReactNode }) {
  const query = useApiQuery('profile.get', {});
  if (query.error) return <ApiErrorAlert message={query.error} onRetry={query.reload} />;
  if (!query.data) return <Skeleton height={120} aria-label="Chargement de vos établissements" />;
  if (!query.data.profile || query.data.establishments.length === 0) {
    return (
      <Alert color="orange" title="Renseignez d’abord votre organisme" role="status">
        <Text size="sm">
          Une convention reçue de l’agence nomme l’un de vos établissements : renseignez le profil de votre organisme et ajoutez l’établissement dans{' '}
          <Anchor component={Link} to="/etablissements">
            Établissements
          </Anchor>
          .
        </Text>
      </Alert>
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        Recopiez la convention signée reçue de l’agence : son numéro, puis chaque rubrique. Les règles la vérifient comme à l’agence ; une fois saisie,
        enregistrez-la comme signée à la date portée sur la convention.
      </Text>
      {children}
    </>
  );
}
