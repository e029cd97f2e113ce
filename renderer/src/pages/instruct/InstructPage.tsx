/**
 * `#/conventions/nouvelle` and `#/conventions/brouillon/:id`: one page for
 * both, so that the first save (which numbers the draft and moves the
 * address to the draft's) keeps the form, its focus and what is being typed.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconEraser } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Link, useMatch, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspaceStore } from '../../store/workspace';
import { DraftLoader } from './DraftLoader';
import { InstructForm } from './InstructForm';
import { MeasureChoice } from './MeasureChoice';
import { localToday, newDocument, readLocal, removeLocal, type LocalDraft } from './model';

interface Session {
  key: number;
  /** The draft opened from the address. */
  draftId: number | null;
  /** The draft this session's new form created (the address follows). */
  created: number | null;
}

export function InstructPage() {
  const match = useMatch('/conventions/brouillon/:id');
  const routeId = match?.params.id && /^\d+$/.test(match.params.id) ? Number(match.params.id) : null;
  const [session, setSession] = useState<Session>({ key: 0, draftId: routeId, created: null });
  const [fresh, setFresh] = useState<LocalDraft | null>(() => (routeId === null ? readLocal('new') : null));
  const waitingForAddress = routeId === null && session.created !== null && session.draftId === null;
  if (routeId !== session.draftId && !waitingForAddress) {
    if (routeId !== null && routeId === session.created) {
      setSession({ ...session, draftId: routeId });
    } else {
      // Another draft, or « Nouvelle convention » again: a fresh form.
      setSession({ key: session.key + 1, draftId: routeId, created: null });
      setFresh(routeId === null ? readLocal('new') : null);
    }
  }
  const workspace = useWorkspaceStore((s) => s.state?.workspace ?? null);
  const navigate = useNavigate();
  const today = localToday();
  const onCreated = useCallback(
    (id: number) => {
      setSession((s) => ({ ...s, created: id }));
      void navigate(`/conventions/brouillon/${id}`, { replace: true });
    },
    [navigate],
  );
  const onSigned = useCallback(() => void navigate('/conventions'), [navigate]);

  const header = (
    <PageHeader
      title={session.draftId === null && session.created === null ? 'Nouvelle convention' : 'Brouillon de convention'}
      description="Instruction d’une convention d’aide à l’emploi, dans l’ordre du formulaire CAE-0515."
      actions={
        <Button component={Link} to="/conventions" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          Conventions
        </Button>
      }
    />
  );
  if (workspace?.role !== 'agence') {
    return (
      <>
        {header}
        <Alert color="orange">L’instruction des conventions est réservée aux espaces des agences et prescripteurs.</Alert>
      </>
    );
  }
  const formProps = { today, onCreated, onSigned };
  let body;
  if (session.created === null && session.draftId !== null) {
    body = (
      <DraftLoader key={`d${session.key}`} id={session.draftId}>
        {({ initial, view }) => <InstructForm initial={initial} initialStatus={view.status} initialNumber={view.number} {...formProps} />}
      </DraftLoader>
    );
  } else if (fresh === null) {
    body = (
      <MeasureChoice
        key={`m${session.key}`}
        onChoose={(measure) =>
          setFresh({ doc: newDocument(measure, { department: workspace.department, prescriberCode: workspace.agencyCode, today }), conventionId: null, savedJson: null, savedAt: null })
        }
      />
    );
  } else {
    body = (
      <>
        {session.created === null ? (
          <Group gap="xs" mb="md">
            <Text size="sm" c="dimmed">
              Saisie gardée sur cet ordinateur jusqu’au premier enregistrement.
            </Text>
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              leftSection={<IconEraser size={14} aria-hidden />}
              onClick={() => {
                removeLocal('new');
                setFresh(null);
                setSession((s) => ({ ...s, key: s.key + 1 }));
              }}
            >
              Effacer et recommencer
            </Button>
          </Group>
        ) : null}
        <InstructForm key={`n${session.key}`} initial={fresh} initialStatus="brouillon" initialNumber={null} {...formProps} />
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
