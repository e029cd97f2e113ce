/**
 * The actions the current status allows (`shared/domain/lifecycle.ts`):
 * status changes, and on a signed or running convention the renewal, the
 * reported facts and the dénonciation. Each opens its form in a modal.
 */
import { Button, Group, Paper } from '@mantine/core';
import { useState } from 'react';
import { allowedTransitions } from '../../../../shared/domain/lifecycle';
import { formatAvenantIndex } from '../../../../shared/domain/numbering';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import { DenounceModal } from './actions/DenounceModal';
import { EventModal } from './actions/EventModal';
import { HoursChangeModal } from './actions/HoursChangeModal';
import { SubstitutionModal } from './actions/SubstitutionModal';
import { RenewModal } from './actions/RenewModal';
import { TRANSITION_ACTIONS, TransitionModal } from './actions/TransitionModal';
import type { Convention, Outcome } from './model';

type EventKind = 'SUSPENSION' | 'RUPTURE' | 'TRIAL_PERIOD_ELSEWHERE';
type Open =
  | { kind: 'transition'; to: ConventionStatus }
  | { kind: 'renew' }
  | { kind: 'hours' }
  | { kind: 'substitution' }
  | { kind: 'event'; event: EventKind }
  | { kind: 'denounce' };

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
  const allowed = allowedTransitions(convention.status);
  const live = allowed.includes('resiliee');
  const procedureOpen = convention.denunciation !== null && convention.denunciation.decision === null;
  const close = () => setOpen(null);
  const done = (c: Convention, outcome: Outcome) => {
    setOpen(null);
    onChanged(c, outcome);
  };
  const direct = allowed.filter((s) => DIRECT.includes(s));
  if (direct.length === 0 && !live) return null;

  return (
    <>
      <Paper withBorder radius="md" p="sm" mb="lg">
        <Group gap="xs" role="group" aria-label="Actions sur la convention">
          {direct.map((to) => (
            <Button key={to} variant={to === 'brouillon' ? 'default' : 'filled'} onClick={() => setOpen({ kind: 'transition', to })}>
              {TRANSITION_ACTIONS[to]?.button}
            </Button>
          ))}
          {live ? (
            <>
              <Button variant="light" onClick={() => setOpen({ kind: 'renew' })}>
                Renouveler
              </Button>
              <Button variant="light" onClick={() => setOpen({ kind: 'hours' })}>
                Modifier la durée hebdomadaire
              </Button>
              <Button variant="light" onClick={() => setOpen({ kind: 'substitution' })}>
                Substitution d’employeur
              </Button>
              <Button variant="light" onClick={() => setOpen({ kind: 'event', event: 'SUSPENSION' })}>
                Déclarer une suspension
              </Button>
              <Button variant="light" onClick={() => setOpen({ kind: 'event', event: 'TRIAL_PERIOD_ELSEWHERE' })}>
                Période d’essai ailleurs
              </Button>
              <Button variant="light" color="red" onClick={() => setOpen({ kind: 'event', event: 'RUPTURE' })}>
                Déclarer une rupture
              </Button>
              {allowed.includes('denoncee') && !procedureOpen ? (
                <Button variant="light" color="orange" onClick={() => setOpen({ kind: 'denounce' })}>
                  Dénoncer
                </Button>
              ) : null}
            </>
          ) : null}
        </Group>
      </Paper>
      {open?.kind === 'transition' ? (
        <TransitionModal convention={convention} to={open.to} onClose={close} onDone={(c, title) => done(c, { kind: 'done', title })} />
      ) : null}
      {open?.kind === 'renew' ? (
        <RenewModal
          convention={convention}
          onClose={close}
          onDone={({ convention: c, ...result }) => done(c, { kind: 'avenant', title: `Renouvellement enregistré : version ${formatAvenantIndex(result.avenantIndex)}`, result })}
        />
      ) : null}
      {open?.kind === 'hours' ? (
        <HoursChangeModal
          convention={convention}
          onClose={close}
          onDone={({ convention: c, ...result }) => done(c, { kind: 'avenant', title: `Avenant de durée hebdomadaire enregistré : version ${formatAvenantIndex(result.avenantIndex)}`, result })}
        />
      ) : null}
      {open?.kind === 'substitution' ? (
        <SubstitutionModal
          convention={convention}
          onClose={close}
          onDone={({ convention: c, ...result }) => done(c, { kind: 'avenant', title: `Substitution d’employeur enregistrée : version ${formatAvenantIndex(result.avenantIndex)}`, result })}
        />
      ) : null}
      {open?.kind === 'event' ? (
        <EventModal
          convention={convention}
          kind={open.event}
          onClose={close}
          onDone={({ convention: c, ...result }) => done(c, { kind: 'event', title: EVENT_DONE[open.event], result })}
        />
      ) : null}
      {open?.kind === 'denounce' ? (
        <DenounceModal convention={convention} onClose={close} onDone={(c) => done(c, { kind: 'done', title: 'Intention de dénoncer notifiée : l’employeur a sept jours pour présenter ses observations' })} />
      ) : null}
    </>
  );
}
