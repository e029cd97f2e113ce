/**
 * `#/conventions/:id`: one convention, its parties and period, the actions
 * its status allows, and its sections (findings, amounts, versions, events,
 * history). After each action the page shows the convention the service
 * returned, and what the action left to do.
 */
import { Button, Group, Skeleton, Tabs } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { MEASURE_LABELS } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AidsTab, AidsTabPanel } from '../aids/ConventionAidPanel';
import { EmptyMessage } from '../../components/EmptyMessage';
import { LiveStatus } from '../../components/LiveStatus';
import { PageHeader } from '../../components/PageHeader';
import { DenunciationSection } from './actions/DenunciationSection';
import { ConventionActions } from './ConventionActions';
import { ConventionSummary } from './ConventionSummary';
import type { Convention, Outcome } from './model';
import { OutcomeCard } from './OutcomeCard';
import { AmountsPanel } from './panels/AmountsPanel';
import { EventsPanel } from './panels/EventsPanel';
import { FindingsPanel } from './panels/FindingsPanel';
import { HistoryPanel } from './panels/HistoryPanel';
import { VersionsPanel } from './panels/VersionsPanel';
import { usePrint } from './usePrint';
import { ActivityTab, ActivityTabPanel } from './activity/ActivityPanel';

const TABS = ['constats', 'montants', 'versions', 'evenements', 'historique', 'aides', 'activite'] as const;

export function ConventionPage() {
  const params = useParams();
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) {
    return <EmptyMessage title="Convention introuvable" description="L’adresse ne désigne aucune convention." />;
  }
  return <ConventionDetail key={id} id={id} />;
}

/** « Retour à la liste » and « Imprimer (PDF) ». */
function HeaderActions({ printing, onPrint }: { printing: boolean; onPrint: () => void }) {
  return (
    <Group gap="xs">
      <Button component={Link} to="/conventions" variant="subtle">
        Retour à la liste
      </Button>
      <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} loading={printing} onClick={onPrint}>
        Imprimer (PDF)
      </Button>
      <LiveStatus text={printing ? 'Production du PDF en cours…' : null} />
    </Group>
  );
}

function ConventionDetail({ id }: { id: number }) {
  const query = useApiQuery('conventions.get', { id });
  // What the last action returned, shown until the reload it triggers comes back.
  const [latest, setLatest] = useState<{ convention: Convention; base: Convention | undefined }>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // `?onglet=versions` (a link from the Échanges screen) opens that section.
  const [search] = useSearchParams();
  const [tab, setTab] = useState<string | null>(() => TABS.find((t) => t === search.get('onglet')) ?? 'constats');
  const print = usePrint();
  const { reload } = query;
  const convention = latest && latest.base === query.data ? latest.convention : query.data;
  if (query.error && !convention) return <ApiErrorAlert message={query.error} onRetry={reload} />;
  if (!convention) return <Skeleton height={240} aria-label="Chargement de la convention" />;

  const changed = (c: Convention, o: Outcome) => {
    setLatest({ convention: c, base: query.data });
    setOutcome(o);
    reload();
  };
  return (
    <>
      <PageHeader
        title={`Convention ${convention.number}`}
        description={MEASURE_LABELS[convention.measure]}
        actions={<HeaderActions printing={print.pending === 'latest'} onPrint={() => print.convention(convention.id)} />}
      />
      {print.error ? <ApiErrorAlert title="Le document n’a pas pu être produit" message={print.error} /> : null}
      <ConventionSummary convention={convention} />
      <ConventionActions convention={convention} onChanged={changed} />
      {outcome ? <OutcomeCard outcome={outcome} onDismiss={() => setOutcome(null)} /> : null}
      <DenunciationSection
        convention={convention}
        onChanged={(c) => changed(c, { kind: 'done', title: 'Étape de la dénonciation enregistrée' })}
        onPrint={() => print.denunciation(convention.id)}
        printing={print.pending === 'denunciation'}
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label="Sections de la convention" mb="md">
          <Tabs.Tab value="constats">Constats ({convention.findings.length})</Tabs.Tab>
          <Tabs.Tab value="montants">Montants</Tabs.Tab>
          <Tabs.Tab value="versions">Versions ({convention.versions.length})</Tabs.Tab>
          <Tabs.Tab value="evenements">Événements ({convention.events.length})</Tabs.Tab>
          <Tabs.Tab value="historique">Historique</Tabs.Tab>
          <AidsTab status={convention.status} />
          <ActivityTab />
        </Tabs.List>
        <Tabs.Panel value="constats">
          <FindingsPanel convention={convention} />
        </Tabs.Panel>
        <Tabs.Panel value="montants">
          <AmountsPanel convention={convention} />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsPanel
            convention={convention}
            onPrint={(i) => print.convention(convention.id, i)}
            printing={typeof print.pending === 'number' ? print.pending : null}
          />
        </Tabs.Panel>
        <Tabs.Panel value="evenements">
          <EventsPanel convention={convention} />
        </Tabs.Panel>
        <Tabs.Panel value="historique">
          <HistoryPanel convention={convention} />
        </Tabs.Panel>
        <AidsTabPanel conventionId={convention.id} status={convention.status} />
        <ActivityTabPanel conventionId={convention.id} />
      </Tabs>
    </>
  );
}
