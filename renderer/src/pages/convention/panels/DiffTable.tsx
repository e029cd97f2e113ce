/** « Comparer »: the differences between two versions, side by side (before, after). */
import { Alert, CloseButton, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../../api/useApiQuery';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatAvenantIndex } from '../../../../../shared/domain/numbering';
import { DataTable } from './DataTable';
import { pathLabel, valueText } from './diffFormat';

interface Props {
  id: number;
  from: number;
  to: number;
  onClose: () => void;
}

export function DiffTable({ id, from, to, onClose }: Props) {
  const diff = useApiQuery('conventions.diff', { id, from, to });
  const title = `Version ${formatAvenantIndex(from)} → version ${formatAvenantIndex(to)}`;
  return (
    <Stack gap="xs" component="section" aria-label={`Comparaison : ${title}`}>
      <Group justify="space-between">
        <Title order={3} size="h4">
          Comparaison : {title}
        </Title>
        <CloseButton aria-label="Fermer la comparaison" onClick={onClose} />
      </Group>
      {diff.error ? (
        <ApiErrorAlert message={diff.error} onRetry={diff.reload} />
      ) : !diff.data || diff.loading ? (
        <Skeleton height={80} />
      ) : diff.data.length === 0 ? (
        <Alert variant="light">Les deux versions sont identiques.</Alert>
      ) : (
        <DataTable
          label={`Différences entre la version ${formatAvenantIndex(from)} et la version ${formatAvenantIndex(to)}`}
          head={['Rubrique', `Avant (version ${formatAvenantIndex(from)})`, `Après (version ${formatAvenantIndex(to)})`]}
          rows={diff.data.map((d) => ({
            key: d.path,
            cells: [
              <Text key="p" size="sm" fw={500} title={d.path}>
                {pathLabel(d.path)}
              </Text>,
              valueText(d.before),
              valueText(d.after),
            ],
          }))}
        />
      )}
    </Stack>
  );
}
