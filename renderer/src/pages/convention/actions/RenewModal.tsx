/**
 * « Renouveler »: a RENEWAL avenant from the day after the current end. The
 * rules refuse what the texts forbid (e.g. a third renewal of a CAE, or more
 * than 24 months in all); their French message is shown as is.
 */
import { Stack, Text } from '@mantine/core';
import { AppModal } from '../../../components/AppModal';
import { useState, type FormEvent } from 'react';
import { formatDateFr } from '../../../../../shared/format/date';
import { call } from '../../../api/transport';
import { addDaysIso, dateError, parseDateFr, todayIso } from '../dates';
import type { AvenantOutcome, Convention } from '../model';
import { DateField, FormButtons, RefusalAlert } from './FormParts';
import { useSubmit } from './useSubmit';

interface Props {
  convention: Convention;
  onClose: () => void;
  onDone: (result: AvenantOutcome) => void;
}

export function RenewModal({ convention, onClose, onDone }: Props) {
  const end = convention.computed.conventionEnd ?? convention.endsOn ?? convention.startsOn;
  const [from, setFrom] = useState(formatDateFr(addDaysIso(end, 1)));
  const [to, setTo] = useState('');
  // Signed before it begins: by default the convention's last day (never after today).
  const [signedOn, setSignedOn] = useState(formatDateFr(end < todayIso() ? end : todayIso()));
  // Contrat d'avenir: the employer's request, made before the renewal (art. R. 5134-45); optional, the rules note its absence.
  const cav = convention.measure === 'CAV';
  const [requestedOn, setRequestedOn] = useState('');
  const submit = useSubmit();

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dates = { from: parseDateFr(from), to: parseDateFr(to), signedOn: parseDateFr(signedOn) };
    const local: Record<string, string> = {};
    if (!dates.from) local.from = dateError('Début du renouvellement');
    if (!dates.to) local.to = dateError('Fin du renouvellement');
    if (!dates.signedOn) local.signedOn = dateError('Signature de l’avenant');
    const requested = cav && requestedOn.trim() !== '' ? parseDateFr(requestedOn) : undefined;
    if (requested === null) local.requestedOn = dateError('Demande de renouvellement');
    if (!dates.from || !dates.to || !dates.signedOn || requested === null) return submit.refuse(local);
    const { from: f, to: t, signedOn: s } = dates;
    const input = { id: convention.id, kind: 'RENEWAL' as const, from: f, to: t, signedOn: s, ...(requested ? { requestedOn: requested } : {}) };
    const done = await submit.run(() => call('conventions.addAvenant', input));
    if (done) onDone(done);
  }

  return (
    <AppModal opened onClose={onClose} title="Renouveler la convention" size="lg">
      <form onSubmit={(e) => void send(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">La convention court jusqu’au {formatDateFr(end)} : le renouvellement commence le lendemain.</Text>
          <DateField label="Début du renouvellement" value={from} onChange={setFrom} error={submit.fields.from} />
          <DateField label="Fin du renouvellement" value={to} onChange={setTo} error={submit.fields.to} />
          <DateField label="Signature de l’avenant" value={signedOn} onChange={setSignedOn} error={submit.fields.signedOn} />
          {cav ? (
            <DateField
              label="Demande de renouvellement reçue le"
              description="Faite par l’employeur avant que le renouvellement prenne effet (art. R. 5134-45) ; format JJ/MM/AAAA"
              required={false}
              value={requestedOn}
              onChange={setRequestedOn}
              error={submit.fields.requestedOn}
            />
          ) : null}
          <RefusalAlert message={submit.error} title="Le renouvellement est refusé" />
          <FormButtons submit="Renouveler" pending={submit.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
