/**
 * `#/conventions/nouvelle` and `#/conventions/brouillon/:id`: one page for
 * both, so that the first save (which numbers the draft and moves the
 * address to the draft's) keeps the form, its focus and what is being typed.
 * The form's session is keyed by the address (instructSession.ts): opening
 * another draft, or a new convention, starts a fresh one.
 */
import { Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconEraser } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Link, useLocation, useMatch, useNavigate } from 'react-router';
import type { Measure } from '../../../../shared/rules/vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspaceStore } from '../../store/workspace';
import { DraftLoader } from './DraftLoader';
import { InstructForm } from './InstructForm';
import { carriedSession, instructSessionKey, routeDraftId } from './instructSession';
import { MeasureChoice } from './MeasureChoice';
import { ReceivedConventionGate } from './ReceivedConventionGate';
import { localToday, newDocument, readLocal, removeLocal, type LocalDraft } from './model';

export function InstructPage() {
  const routeId = routeDraftId(useMatch('/conventions/brouillon/:id')?.params.id);
  const sessionKey = instructSessionKey(routeId, useLocation());
  return <InstructSession key={sessionKey} sessionKey={sessionKey} routeId={routeId} />;
}

interface SessionProps {
  sessionKey: string;
  /** The draft of the address (for a session that created its draft: null, then the draft once the address follows). */
  routeId: number | null;
}

function InstructSession({ sessionKey, routeId }: SessionProps) {
  /** The draft this session's new form created (the address follows). */
  const [created, setCreated] = useState<number | null>(null);
  const [fresh, setFresh] = useState<LocalDraft | null>(() => (routeId === null ? readLocal('new') : null));
  /** Bumped by « Effacer et recommencer »: the measure is asked again. */
  const [restart, setRestart] = useState(0);
  /** The form was started here from the measure choice (not restored): its first field takes the focus. */
  const [started, setStarted] = useState(false);
  const workspace = useWorkspaceStore((s) => s.state?.workspace ?? null);
  const navigate = useNavigate();
  const today = localToday();
  const onCreated = useCallback(
    (id: number) => {
      setCreated(id);
      void navigate(`/conventions/brouillon/${id}`, { replace: true, state: carriedSession(sessionKey) });
    },
    [navigate, sessionKey],
  );
  const onSigned = useCallback(() => void navigate('/conventions'), [navigate]);
  const received = workspace?.role === 'employeur';
  const header = <InstructHeader title={routeId === null && created === null ? 'Nouvelle convention' : 'Brouillon de convention'} received={received} />;

  if (!workspace) return header;
  const formProps = { today, onCreated, onSigned };
  const startNew = (measure: Measure) => {
    setStarted(true);
    setFresh({
      doc: newDocument(measure, { department: workspace.department, prescriberCode: workspace.agencyCode, today }),
      conventionId: null,
      savedJson: null,
      savedAt: null,
    });
  };
  const clear = () => {
    removeLocal('new');
    setFresh(null);
    setStarted(false);
    setRestart((n) => n + 1);
  };
  let body;
  if (created === null && routeId !== null) {
    body = (
      <DraftLoader id={routeId}>
        {({ initial, view }) => <InstructForm initial={initial} initialStatus={view.status} initialNumber={view.number} {...formProps} />}
      </DraftLoader>
    );
  } else if (fresh === null) {
    body = <MeasureChoice key={`m${restart}`} onChoose={startNew} focusOnMount={restart > 0} />;
    // An employer records a convention received on paper, for one of its establishments.
    if (received) body = <ReceivedConventionGate>{body}</ReceivedConventionGate>;
  } else {
    body = (
      <>
        {created === null ? <LocalOnlyNotice onClear={clear} /> : null}
        <InstructForm key={`n${restart}`} initial={fresh} initialStatus="brouillon" initialNumber={null} focusFirstField={started} {...formProps} />
      </>
    );
  }
  return (
    <>
      {header}
      {body}
    </>
  );
}

function InstructHeader({ title, received }: { title: string; received: boolean }) {
  return (
    <PageHeader
      title={title}
      description={
        received
          ? 'Saisie d’une convention reçue de l’agence, dans l’ordre du formulaire CAE-0515 : elle est vérifiée par les mêmes règles.'
          : 'Instruction d’une convention d’aide à l’emploi, dans l’ordre du formulaire CAE-0515.'
      }
      actions={
        <Button component={Link} to="/conventions" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          Conventions
        </Button>
      }
    />
  );
}

/** Before the first save, the form lives only in this computer's storage. */
function LocalOnlyNotice({ onClear }: { onClear: () => void }) {
  return (
    <Group gap="xs" mb="md">
      <Text size="sm" c="dimmed">
        Saisie gardée sur cet ordinateur jusqu’au premier enregistrement.
      </Text>
      <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconEraser size={14} aria-hidden />} onClick={onClear}>
        Effacer et recommencer
      </Button>
    </Group>
  );
}
