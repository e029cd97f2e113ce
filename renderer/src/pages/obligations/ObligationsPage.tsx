/**
 * `#/obligations` (employer workspace): every obligation of the employer's
 * conventions, due dates first — declarations, proofs of activity, renewal
 * requests, pay, the yearly report — each with what to do, its legal
 * reference and the button that does it; overdue items stand out, done items
 * keep their date and who did it.
 */
import { Box, NativeSelect, Paper, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { ObligationItem, ObligationList } from '../../../../shared/api/obligations-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatCount } from '../../components/count';
import { EmptyMessage } from '../../components/EmptyMessage';
import { ListToolbar } from '../../components/list/ListToolbar';
import { PageHeader } from '../../components/PageHeader';
import { RefusalAlert } from '../convention/actions/FormParts';
import { MarkDoneModal } from './MarkDoneModal';
import { ObligationsTable } from './ObligationsTable';
import { RenewalLeadSetting } from './RenewalLeadSetting';
import {
  countByShow,
  DEFAULT_FILTERS,
  filterItems,
  KIND_LABELS,
  kindsPresent,
  SHOW_LABELS,
  SHOW_OPTIONS,
  summarySentence,
  type Filters,
  type Show,
} from './model';

const EMPTY_FILTERED: Record<Show, string> = {
  a_faire: 'Rien à faire pour l’instant : tout ce qui est échu est fait.',
  faites: 'Aucune obligation faite pour l’instant.',
  toutes: 'Aucune obligation de ce type.',
};

/** The list as last received: from the query, or from the reply of a mark, an undo or the setting. */
function useObligations() {
  const query = useApiQuery('obligations.list', {});
  const [latest, setLatest] = useState<{ list: ObligationList; base: ObligationList | undefined }>();
  const list = latest && latest.base === query.data ? latest.list : query.data;
  const replace = (next: ObligationList) => setLatest({ list: next, base: query.data });
  return { query, list, replace };
}

interface FiltersBarProps {
  items: ObligationItem[];
  filters: Filters;
  onChange: (f: Filters) => void;
  /** The renewal reminder's setting, at the end of the row. */
  setting: ReactNode;
}

function FiltersBar({ items, filters, onChange, setting }: FiltersBarProps) {
  const counts = countByShow(items, filters.kind);
  return (
    <ListToolbar>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="obligations-show">
          Afficher
        </Text>
        <SegmentedControl
          aria-labelledby="obligations-show"
          value={filters.show}
          onChange={(v) => onChange({ ...filters, show: v as Show })}
          data={SHOW_OPTIONS.map((s) => ({ value: s, label: `${SHOW_LABELS[s]} (${counts[s]})` }))}
        />
      </Stack>
      <NativeSelect
        label="Type"
        value={filters.kind}
        onChange={(e) => onChange({ ...filters, kind: e.currentTarget.value as Filters['kind'] })}
        data={[
          { value: '', label: 'Tous' },
          ...kindsPresent(items, filters.show).map((k) => ({ value: k.kind, label: `${KIND_LABELS[k.kind]} (${k.count})` })),
        ]}
      />
      <Box ml="auto">{setting}</Box>
    </ListToolbar>
  );
}

function ObligationsView({ list, onChanged }: { list: ObligationList; onChanged: (l: ObligationList) => void }) {
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [marking, setMarking] = useState<ObligationItem | null>(null);
  const [unmarking, setUnmarking] = useState<string | null>(null);
  const [refused, setRefused] = useState<string>();
  const shown = useMemo(() => filterItems(list.items, filters), [list, filters]);
  async function unmark(item: ObligationItem) {
    setUnmarking(item.key);
    setRefused(undefined);
    try {
      onChanged(await call('obligations.unmark', { key: item.key }));
    } catch (e) {
      setRefused(errorMessage(e));
    } finally {
      setUnmarking(null);
    }
  }
  return (
    <>
      <FiltersBar
        items={list.items}
        filters={filters}
        onChange={setFilters}
        setting={<RenewalLeadSetting value={list.renewalLeadMonths} onSaved={onChanged} />}
      />
      <RefusalAlert message={refused} title="Rien n’a été changé" />
      <Text size="sm" c="dimmed" mb="xs" role="status">
        {formatCount(shown.length, 'obligation', 'obligations')}
      </Text>
      {shown.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text size="sm">{filters.kind === '' ? EMPTY_FILTERED[filters.show] : `Aucune obligation de ce type parmi « ${SHOW_LABELS[filters.show]} ».`}</Text>
        </Paper>
      ) : (
        <ObligationsTable items={shown} onMark={setMarking} onUnmark={(i) => void unmark(i)} unmarking={unmarking} />
      )}
      {marking ? <MarkDoneModal item={marking} today={list.today} onClose={() => setMarking(null)} onDone={(l) => (setMarking(null), onChanged(l))} /> : null}
    </>
  );
}

export function ObligationsPage() {
  const { query, list, replace } = useObligations();
  const header = (
    <PageHeader
      title="Obligations"
      description={
        list
          ? `Ce que vos conventions vous demandent, par date d’échéance, au ${formatDateFr(list.today)} : ${summarySentence(list.summary)}.`
          : 'Ce que vos conventions vous demandent, par date d’échéance.'
      }
    />
  );
  if (!list) {
    return (
      <>
        {header}
        {query.error ? <ApiErrorAlert message={query.error} onRetry={query.reload} /> : <Skeleton height={240} aria-label="Chargement des obligations" />}
      </>
    );
  }
  return (
    <>
      {header}
      {list.items.length === 0 ? (
        <EmptyMessage
          icon={<IconChecklist aria-hidden />}
          title="Aucune obligation pour l’instant"
          description="Les déclarations, justificatifs d’activité, demandes de renouvellement et le rapport annuel de vos conventions signées apparaîtront ici, avec leur échéance."
        />
      ) : (
        <ObligationsView list={list} onChanged={replace} />
      )}
    </>
  );
}
