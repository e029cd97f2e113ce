/**
 * « Substitution d'employeur »: an EMPLOYER_SUBSTITUTION avenant; the new
 * employer takes over the rights and obligations of the convention (form
 * CAE-0515, conditions générales).
 */
import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { AppModal } from '../../../components/AppModal';
import { useState, type FormEvent } from 'react';
import { EMPLOYER_STATUS_LABELS } from '../../../../../shared/domain/enums';
import { COLLECTORS, EMPLOYER_STATUSES, type Collector, type EmployerStatus } from '../../../../../shared/rules/vocabulary';
import { formatDateFr } from '../../../../../shared/format/date';
import { call } from '../../../api/transport';
import { dateError, parseDateFr, todayIso } from '../dates';
import type { AvenantOutcome, Convention } from '../model';
import { DateField, FormButtons, RefusalAlert } from './FormParts';
import { useSubmit } from './useSubmit';

interface Props {
  convention: Convention;
  onClose: () => void;
  onDone: (result: AvenantOutcome) => void;
}

export function SubstitutionModal({ convention, onClose, onDone }: Props) {
  const [siret, setSiret] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<EmployerStatus>('ASSOCIATION');
  const [collector, setCollector] = useState<Collector>('URSSAF');
  const [collectorName, setCollectorName] = useState('');
  const [iban, setIban] = useState('');
  const [on, setOn] = useState('');
  const [signedOn, setSignedOn] = useState(formatDateFr(todayIso()));
  const submit = useSubmit();

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dates = { on: parseDateFr(on), signedOn: parseDateFr(signedOn) };
    const local: Record<string, string> = {};
    if (!/^\d{14}$/.test(siret.replace(/\s/g, ''))) local.siret = 'Le SIRET compte 14 chiffres.';
    if (name.trim().length < 2) local.name = 'Indiquez la dénomination du nouvel employeur.';
    if (collector === 'AUTRE' && collectorName.trim() === '') local.collectorName = 'Indiquez le nom de l’organisme de recouvrement (ni l’URSSAF ni la MSA).';
    if (iban.trim().length < 15) local.iban = 'Indiquez l’IBAN du nouvel employeur : l’aide lui sera versée.';
    if (!dates.on) local.on = dateError('Date de la substitution');
    if (!dates.signedOn) local.signedOn = dateError('Signature de l’avenant');
    if (Object.keys(local).length || !dates.on || !dates.signedOn) return submit.refuse(local);
    const employer = {
      siret: siret.replace(/\s/g, ''),
      name: name.trim(),
      status,
      collector,
      ...(collector === 'AUTRE' ? { collectorName: collectorName.trim() } : {}),
      iban: iban.replace(/\s/g, '').toUpperCase(),
    };
    const done = await submit.run(() =>
      call('conventions.addAvenant', { id: convention.id, kind: 'EMPLOYER_SUBSTITUTION', on: dates.on!, signedOn: dates.signedOn!, employer }),
    );
    if (done) onDone(done);
  }

  return (
    <AppModal opened onClose={onClose} title="Substitution d’employeur" size="lg">
      <form onSubmit={(e) => void send(e)} noValidate>
        <Stack gap="sm">
          <TextInput
            label="SIRET du nouvel employeur"
            required
            value={siret}
            onChange={(e) => setSiret(e.currentTarget.value)}
            error={submit.fields.siret}
            inputMode="numeric"
            maxLength={17}
          />
          <TextInput label="Dénomination" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={submit.fields.name} />
          <NativeSelect
            label="Statut de l’employeur (tableau 1)"
            data={EMPLOYER_STATUSES.map((s) => ({ value: s, label: EMPLOYER_STATUS_LABELS[s] }))}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as EmployerStatus)}
          />
          <CollectorFields
            collector={collector}
            onCollector={setCollector}
            name={collectorName}
            onName={setCollectorName}
            error={submit.fields.collectorName}
          />
          <TextInput
            label="IBAN du nouvel employeur"
            required
            value={iban}
            onChange={(e) => setIban(e.currentTarget.value)}
            error={submit.fields.iban}
            autoComplete="off"
            maxLength={42}
          />
          <DateField label="Date de la substitution" value={on} onChange={setOn} error={submit.fields.on} />
          <DateField label="Signature de l’avenant" value={signedOn} onChange={setSignedOn} error={submit.fields.signedOn} />
          <RefusalAlert message={submit.error} title="La substitution est refusée" />
          <FormButtons submit="Enregistrer la substitution" pending={submit.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}

interface CollectorFieldsProps {
  collector: Collector;
  onCollector: (c: Collector) => void;
  name: string;
  onName: (name: string) => void;
  error: string | undefined;
}

/** « URSSAF ☐ MSA ☐ AUTRE : … » (form CAE-0515): « autre » is named. */
function CollectorFields({ collector, onCollector, name, onName, error }: CollectorFieldsProps) {
  return (
    <>
      <NativeSelect
        label="Organisme de recouvrement"
        data={COLLECTORS.map((c) => ({ value: c, label: c === 'AUTRE' ? 'Autre' : c }))}
        value={collector}
        onChange={(e) => onCollector(e.currentTarget.value as Collector)}
      />
      {collector === 'AUTRE' ? (
        <TextInput label="Nom de l’organisme de recouvrement (« autre »)" required value={name} onChange={(e) => onName(e.currentTarget.value)} error={error} />
      ) : null}
    </>
  );
}
