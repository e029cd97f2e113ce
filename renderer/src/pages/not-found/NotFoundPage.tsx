import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyMessage } from '../../components/EmptyMessage';
import { PageHeader } from '../../components/PageHeader';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page introuvable" />
      <EmptyMessage icon={<IconMapOff aria-hidden />} title="Cette page n'existe pas" description="Le lien suivi ne correspond à aucun écran de l'application.">
        <Button component={Link} to="/">
          Revenir au tableau de bord
        </Button>
      </EmptyMessage>
    </>
  );
}
