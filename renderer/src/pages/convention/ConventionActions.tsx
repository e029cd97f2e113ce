/**
 * The actions the current status allows (`shared/domain/lifecycle.ts`):
 * status changes, and on a signed or running convention the renewal, the
 * reported facts and the dénonciation. Each opens its form in a modal.
 */
import { Button, Group, Paper } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { allowedTransitions } from '../../../../shared/domain/lifecycle';
import { formatAvenantIndex } from '../../../../shared/domain/numbering';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import { DeleteDraftModal } from './actions/DeleteDraftModal';
import { DenounceModal } from './actions/DenounceModal';
import { EventModal } from './actions/EventModal';
import { HoursChangeModal } from './actions/HoursChangeModal';
import { SubstitutionModal } from './actions/SubstitutionModal';
import { RenewModal } from './actions/RenewModal';
import { TransitionModal, useTransitionActions } from './actions/TransitionModal';
import type { Convention, Outcome } from './model';
import { useWorkspaceStore } from '../../store/workspace';

type EventKind = 'SUSPENSION' | 'RUPTURE' | 'TRIAL_PERIOD_ELSEWHERE';
type Open =
  | { kind: 'transition'; to: ConventionStatus }
  | { kind: 'renew' }
  | { kind: 'hours' }
  | { kind: 'substitution' }
  | { kind: 'event'; event: EventKind }
  | { kind: 'denounce' }
  | { kind: 'deleteDraft' };

const EVENT_DONE: Record<EventKind, string> = {
  SUSPENSION: 'Suspension enregistrée',
  RUPTURE: 'Rupture enregistrée',
  TRIAL_PERIOD_ELSEWHERE: 'Période d’essai chez un autre employeur enregistrée',
};

/** Status changes made through a plain transition (the others go through a fact or a procedure). */
const DIRECT: readonly ConventionStatus[] = ['a_signer', 'signee', 'en_cours', 'terminee', 'brouillon'];

interface Props {
  convention: Convention;
  onChanged: (convention: Convention, outcome: Outcome) => void;
}

export function ConventionActions({ convention, onChanged }: Props) {
  const [open, setOpen] = useState<Open | null>(null);
  const navigate = useNavigate();
  const employer = useWorkspaceStore((s) => s.state?.workspace?.role === 'employeur');
  const actions = useTransitionActions();
  const allowed = allowedTransitions(convention.status);
  const live = allowed.includes('resiliee');
  const procedureOpen = convention.denunciation !== null && convention.denunciation.decision === null;
  const close = () => setOpen(null);
  const done = (c: Convention, outcome: Outcome) => {
    setOpen(null);
    onChanged(c, outcome);
  };
  const direct = allowed.filter((s) => DIRECT.includes(s));
  const draft = convention.status === 'brouillon';
  if (direct.length === 0 && !live && !draft) return null;

  return (
    <>
      <Paper withBorder radius="md" p="sm" mb="lg">
        <Group gap="xs" role="group" aria-label="Actions sur la convention">
          {direct.map((to) => (
            <Button key={to} variant={to === 'brouillon' ? 'default' : 'filled'} onClick={() => setOpen({ kind: 'transition', to })}>
              {actions[to]?.button}
            </Button>
          ))}
          {live ? <LiveConventionButtons canDenounce={allowed.includes('denoncee') && !procedureOpen} employer={employer} onOpen={setOpen} /> : null}
          {draft ? (
            <Button variant="light" color="red" onClick={() => setOpen({ kind: 'deleteDraft' })}>
              Supprimer le brouillon
            </Button>
          ) : null}
        </Group>
      </Paper>
      {open?.kind === 'deleteDraft' ? (
        <DeleteDraftModal convention={convention} onClose={close} onDeleted={(number) => void navigate('/conventions', { state: { deletedDraft: number } })} />
      ) : open ? (
        <ActionModal open={open} convention={convention} onClose={close} onDone={done} />
      ) : null}
    </>
  );
}

/**
 * On a signed or running convention: the renewal, the avenants, the reported facts and the dénonciation.
 * An employer does not decide a renewal, an avenant or a dénonciation: it records those the agency signed or notified, and says so.
 */
function LiveConventionButtons({ canDenounce, employer, onOpen }: { canDenounce: boolean; employer: boolean; onOpen: (open: Open) => void }) {
  return (
    <>
      <Button variant="light" onClick={() => onOpen({ kind: 'renew' })}>
        {employer ? 'Enregistrer un renouvellement signé' : 'Renouveler'}
      </Button>
      <Button variant="light" onClick={() => onOpen({ kind: 'hours' })}>
        {employer ? 'Enregistrer un avenant de durée' : 'Modifier la durée hebdomadaire'}
      </Button>
      <Button variant="light" onClick={() => onOpen({ kind: 'substitution' })}>
        Substitution d’employeur
      </Button>
      <Button variant="light" onClick={() => onOpen({ kind: 'event', event: 'SUSPENSION' })}>
        Déclarer une suspension
      </Button>
      <Button variant="light" onClick={() => onOpen({ kind: 'event', event: 'TRIAL_PERIOD_ELSEWHERE' })}>
        Période d’essai ailleurs
      </Button>
      <Button variant="light" color="red" onClick={() => onOpen({ kind: 'event', event: 'RUPTURE' })}>
        Déclarer une rupture
      </Button>
      {canDenounce ? (
        <Button variant="light" color="orange" onClick={() => onOpen({ kind: 'denounce' })}>
          {employer ? 'Enregistrer une dénonciation notifiée' : 'Dénoncer'}
        </Button>
      ) : null}
    </>
  );
}

/** The form of the action opened, in its modal; `onDone` tells what was recorded. */
function ActionModal({
  open,
  convention,
  onClose,
  onDone,
}: {
  open: Exclude<Open, { kind: 'deleteDraft' }>;
  convention: Convention;
  onClose: () => void;
  onDone: (c: Convention, outcome: Outcome) => void;
}) {
  switch (open.kind) {
    case 'transition':
      return <TransitionModal convention={convention} to={open.to} onClose={onClose} onDone={(c, title) => onDone(c, { kind: 'done', title })} />;
    case 'renew':
      return (
        <RenewModal
          convention={convention}
          onClose={onClose}
          onDone={({ convention: c, ...result }) =>
            onDone(c, { kind: 'avenant', title: `Renouvellement enregistré : version ${formatAvenantIndex(result.avenantIndex)}`, result })
          }
        />
      );
    case 'hours':
      return (
        <HoursChangeModal
          convention={convention}
          onClose={onClose}
          onDone={({ convention: c, ...result }) =>
            onDone(c, { kind: 'avenant', title: `Avenant de durée hebdomadaire enregistré : version ${formatAvenantIndex(result.avenantIndex)}`, result })
          }
        />
      );
    case 'substitution':
      return (
        <SubstitutionModal
          convention={convention}
          onClose={onClose}
          onDone={({ convention: c, ...result }) =>
            onDone(c, { kind: 'avenant', title: `Substitution d’employeur enregistrée : version ${formatAvenantIndex(result.avenantIndex)}`, result })
          }
        />
      );
    case 'event':
      return (
        <EventModal
          convention={convention}
          kind={open.event}
          onClose={onClose}
          onDone={({ convention: c, ...result }) => onDone(c, { kind: 'event', title: EVENT_DONE[open.event], result })}
        />
      );
    case 'denounce':
      return (
        <DenounceModal
          convention={convention}
          onClose={onClose}
          onDone={(c) => onDone(c, { kind: 'done', title: 'Intention de dénoncer notifiée : l’employeur a sept jours pour présenter ses observations' })}
        />
      );
  }
}
