import { Alert, Anchor } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatCount } from '../../components/count';
import type { DashboardSummary } from './summary';

/** « N conventions à archiver (fin depuis plus de X ans) », linking to Paramètres, when some are due (docs/protection-des-donnees.md). */
export function RetentionNotice({ summary }: { summary: DashboardSummary }) {
  const { due, years } = summary.retention;
  if (due === 0) return null;
  return (
    <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />} title="Conservation des données">
      {formatCount(due, 'convention à archiver', 'conventions à archiver')} (fin depuis plus de {formatCount(years, 'an', 'ans')}) :{' '}
      <Anchor component={Link} to="/parametres" inherit>
        archiver puis supprimer dans Paramètres
      </Anchor>
      .
    </Alert>
  );
}
