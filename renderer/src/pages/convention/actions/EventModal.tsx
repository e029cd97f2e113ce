/**
 * « Déclarer une suspension », « Déclarer une rupture » and « Période d'essai
 * chez un autre employeur » (L322-4-7: the contract is suspended for it): the
 * fact the employer reports, with the schema's reasons in French. The reply (7 jours
 * francs deadline, documents to collect, effect on the aid) is shown by the
 * page once the modal closes.
 */
import { NativeSelect, Radio, Group, Stack } from '@mantine/core';
import { AppModal } from '../../../components/AppModal';
import { useState, type FormEvent } from 'react';
import type { ChannelInput } from '../../../../../shared/api/contract';
import { RUPTURE_REASONS, SUSPENSION_REASONS } from '../../../../../shared/rules/document/schema';
import { call } from '../../../api/transport';
import { dateError, parseDateFr } from '../dates';
import { RUPTURE_REASON_LABELS, SUSPENSION_REASON_LABELS } from '../../../../../shared/domain/enums';
import type { Convention, EventOutcome } from '../model';
import { DateField, FormButtons, RefusalAlert } from './FormParts';
import { useSubmit } from './useSubmit';

interface Props {
  convention: Convention;
  kind: 'SUSPENSION' | 'RUPTURE' | 'TRIAL_PERIOD_ELSEWHERE';
  onClose: () => void;
  onDone: (result: EventOutcome) => void;
}

const TITLES = {
  SUSPENSION: 'Déclarer une suspension du contrat',
  RUPTURE: 'Déclarer une rupture du contrat',
  TRIAL_PERIOD_ELSEWHERE: 'Déclarer une période d’essai chez un autre employeur',
} as const;

const SUBMITS = {
  SUSPENSION: 'Enregistrer la suspension',
  RUPTURE: 'Enregistrer la rupture',
  TRIAL_PERIOD_ELSEWHERE: 'Enregistrer la période d’essai',
} as const;

type RecordedEvent = ChannelInput<'conventions.recordEvent'>['event'];

interface EventValues {
  start: string;
  end: string | undefined;
  reported: string | undefined;
  reason: string;
  paid: string;
  initiative: string;
}

/** The event sent to the service, built from the form's parsed values. */
function eventPayload(kind: Props['kind'], { start, end, reported, reason, paid, initiative }: EventValues): RecordedEvent {
  const optional = reported ? { reportedOn: reported } : {};
  if (kind === 'TRIAL_PERIOD_ELSEWHERE') return { kind, from: start, ...(end ? { to: end } : {}), paid: paid === 'yes', ...optional };
  if (kind === 'SUSPENSION')
    return {
      kind,
      from: start,
      ...(end ? { to: end } : {}),
      reason: SUSPENSION_REASONS.find((r) => r === reason) ?? 'OTHER',
      paid: paid === 'yes',
      ...optional,
    };
  return {
    kind: 'RUPTURE',
    on: start,
    initiative: initiative === 'EMPLOYER' ? 'EMPLOYER' : 'EMPLOYEE',
    reason: RUPTURE_REASONS.find((r) => r === reason) ?? 'OTHER',
    ...optional,
  };
}

function PaidChoice({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <Radio.Group label="Suspension rémunérée par l’employeur" value={value} onChange={onChange}>
      <Group mt={4}>
        <Radio value="yes" label="Oui" />
        <Radio value="no" label="Non" />
      </Group>
    </Radio.Group>
  );
}

function InitiativeChoice({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <Radio.Group label="Rupture à l’initiative" value={value} onChange={onChange}>
      <Group mt={4}>
        <Radio value="EMPLOYEE" label="du salarié" />
        <Radio value="EMPLOYER" label="de l’employeur" />
      </Group>
    </Radio.Group>
  );
}

export function EventModal({ convention, kind, onClose, onDone }: Props) {
  const trial = kind === 'TRIAL_PERIOD_ELSEWHERE';
  // A trial period elsewhere suspends the contract: it is entered like a suspension, without a reason.
  const suspension = kind === 'SUSPENSION' || trial;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reportedOn, setReportedOn] = useState('');
  const [reason, setReason] = useState<string>(suspension ? 'ILLNESS' : 'NEW_CDI');
  const [paid, setPaid] = useState('no');
  const [initiative, setInitiative] = useState('EMPLOYEE');
  const submit = useSubmit();
  const reasons = suspension
    ? SUSPENSION_REASONS.map((r) => ({ value: r, label: SUSPENSION_REASON_LABELS[r] }))
    : RUPTURE_REASONS.map((r) => ({ value: r, label: RUPTURE_REASON_LABELS[r] }));

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const start = parseDateFr(from);
    const end = to.trim() ? parseDateFr(to) : undefined;
    const reported = reportedOn.trim() ? parseDateFr(reportedOn) : undefined;
    const local: Record<string, string> = {};
    if (!start)
      local[suspension ? 'from' : 'on'] = dateError(suspension ? (trial ? 'Début de la période d’essai' : 'Début de la suspension') : 'Date de la rupture');
    if (end === null) local.to = dateError('Fin de la suspension');
    if (reported === null) local.reportedOn = dateError('Date du signalement');
    if (!start || end === null || reported === null) return submit.refuse(local);
    const recorded = eventPayload(kind, { start, end, reported, reason, paid, initiative });
    const done = await submit.run(() => call('conventions.recordEvent', { id: convention.id, event: recorded }));
    if (done) onDone(done);
  }

  return (
    <AppModal opened onClose={onClose} title={TITLES[kind]} size="lg">
      <form onSubmit={(e) => void send(e)} noValidate>
        <Stack gap="sm">
          <DateField
            label={trial ? 'Début de la période d’essai' : suspension ? 'Début de la suspension' : 'Date de la rupture'}
            value={from}
            onChange={setFrom}
            error={submit.fields.from ?? submit.fields.on}
          />
          {suspension ? (
            <DateField
              label={trial ? 'Fin de la période d’essai' : 'Fin de la suspension'}
              required={false}
              description="JJ/MM/AAAA, si elle est connue"
              value={to}
              onChange={setTo}
              error={submit.fields.to}
            />
          ) : null}
          {trial ? null : (
            <NativeSelect label="Motif" data={reasons} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={submit.fields.reason} />
          )}
          {suspension ? <PaidChoice value={paid} onChange={setPaid} /> : <InitiativeChoice value={initiative} onChange={setInitiative} />}
          <DateField
            label="Date du signalement par l’employeur"
            required={false}
            description="JJ/MM/AAAA, facultatif"
            value={reportedOn}
            onChange={setReportedOn}
            error={submit.fields.reportedOn}
          />
          <RefusalAlert message={submit.error} />
          <FormButtons submit={SUBMITS[kind]} pending={submit.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
