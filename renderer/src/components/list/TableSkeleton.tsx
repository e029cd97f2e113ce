import { Skeleton, Stack } from '@mantine/core';

/** First load of a list: grey lines where the rows will be. */
export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Stack gap={8} aria-busy="true" aria-label="Chargement…" role="status">
      <Skeleton height={34} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={26} />
      ))}
    </Stack>
  );
}
