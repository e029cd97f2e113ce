/**
 * A change of status along the allowed transitions: send to signature, sign
 * (one justification per warning; errors block), start, finish, or send back
 * to the draft (with a reason). The lifecycle rules' refusal is shown as is.
 */
import { Alert, List, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { AppModal } from '../../../components/AppModal';
import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { CONVENTION_STATUS_LABELS, type ConventionStatus } from '../../../../../shared/domain/enums';
import { formatDateFr } from '../../../../../shared/format/date';
import { call } from '../../../api/transport';
import { useWorkspaceStore } from '../../../store/workspace';
import { addDaysIso, dateError, parseDateFr, todayIso } from '../dates';
import { currentVersion, unjustifiedWarnings, type Convention } from '../model';
import { DateField, FormButtons, RefusalAlert } from './FormParts';
import { useSubmit, type Submit } from './useSubmit';
import { readableLegalRef } from '../../../../../shared/rules/parameters/sources';

type TransitionAction = { button: string; title: string; dateLabel: string };

const TRANSITION_ACTIONS: Partial<Record<ConventionStatus, TransitionAction>> = {
  a_signer: { button: 'Envoyer à la signature', title: 'Envoyer la convention à la signature', dateLabel: 'Date d’envoi' },
  signee: { button: 'Signer', title: 'Signer la convention', dateLabel: 'Date de signature' },
  en_cours: { button: 'Démarrer', title: 'Démarrer la convention (embauche)', dateLabel: 'Date d’embauche' },
  terminee: { button: 'Terminer', title: 'Terminer la convention', dateLabel: 'Date de fin constatée' },
  brouillon: { button: 'Renvoyer en brouillon', title: 'Renvoyer la convention en brouillon pour corrections', dateLabel: 'Date du renvoi' },
};

/** An employer records the convention it received signed, at the date printed on it: it never signs for the State. */
const RECEIVED_ACTIONS: Partial<Record<ConventionStatus, TransitionAction>> = {
  a_signer: { button: 'Terminer la saisie', title: 'Terminer la saisie de la convention reçue', dateLabel: 'Date de fin de saisie' },
  signee: {
    button: 'Enregistrer comme signée',
    title: 'Enregistrer la convention signée reçue de l’agence',
    dateLabel: 'Date de signature portée sur la convention',
  },
};

/** The buttons and forms of the status changes, in the words of the workspace's role. */
export function useTransitionActions(): Partial<Record<ConventionStatus, TransitionAction>> {
  const received = useWorkspaceStore((s) => s.state?.workspace?.role === 'employeur');
  return received ? { ...TRANSITION_ACTIONS, ...RECEIVED_ACTIONS } : TRANSITION_ACTIONS;
}

function defaultDate(c: Convention, to: ConventionStatus): string {
  const doc = currentVersion(c)?.document;
  const today = todayIso();
  if (to === 'signee') return doc?.signedOn && doc.signedOn <= today ? doc.signedOn : today;
  if (to === 'en_cours') return doc?.contract?.hiredOn ?? c.startsOn;
  if (to === 'terminee') return addDaysIso(c.computed.conventionEnd ?? c.endsOn ?? today, 1);
  return today;
}

type Finding = Convention['findings'][number];
type Warning = ReturnType<typeof unjustifiedWarnings>[number];

/** The errors that block the signature, listed above the form. */
function BlockingErrors({ errors }: { errors: Finding[] }) {
  if (errors.length === 0) return null;
  return (
    <Alert color="red" variant="light" title="La signature est bloquée par des erreurs" role="alert">
      <List size="sm">
        {errors.map((f) => (
          <List.Item key={`${f.code}-${f.field}`}>{f.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

interface JustificationsProps {
  warnings: Warning[];
  texts: Record<string, string>;
  setTexts: Dispatch<SetStateAction<Record<string, string>>>;
  fields: Submit['fields'];
}

/** One justification per warning, required before the signature. */
function Justifications({ warnings, texts, setTexts, fields }: JustificationsProps) {
  return (
    <>
      {warnings.length > 0 ? <Text size="sm">Justifiez chaque avertissement avant la signature :</Text> : null}
      {warnings.map((w) => (
        <Textarea
          key={w.code}
          label={`Justification : ${w.message}`}
          description={readableLegalRef(w.legalRef)}
          required
          autosize
          minRows={2}
          value={texts[w.code] ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setTexts((t) => ({ ...t, [w.code]: value }));
          }}
          error={fields[w.code]}
        />
      ))}
    </>
  );
}

interface Props {
  convention: Convention;
  to: ConventionStatus;
  onClose: () => void;
  onDone: (convention: Convention, title: string) => void;
}

export function TransitionModal({ convention, to, onClose, onDone }: Props) {
  const action = useTransitionActions()[to] ?? { button: 'Valider', title: `Passer à « ${CONVENTION_STATUS_LABELS[to]} »`, dateLabel: 'Date' };
  const [date, setDate] = useState(formatDateFr(defaultDate(convention, to)));
  const [actor, setActor] = useState('');
  const [reason, setReason] = useState('');
  const warnings = to === 'signee' ? unjustifiedWarnings(convention) : [];
  const errors = to === 'signee' ? convention.findings.filter((f) => f.severity === 'error') : [];
  const [texts, setTexts] = useState<Record<string, string>>({});
  const submit = useSubmit();

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const iso = parseDateFr(date);
    const missing = warnings.filter((w) => (texts[w.code] ?? '').trim().length < 5);
    const local: Record<string, string> = {};
    if (!iso) local.date = dateError(action.dateLabel);
    if (to === 'brouillon' && reason.trim() === '') local.reason = 'Indiquez le motif du renvoi en brouillon.';
    for (const w of missing) local[w.code] = 'Justification : 5 caractères au moins.';
    if (!iso || Object.keys(local).length > 0) return submit.refuse(local);
    const done = await submit.run(() =>
      call('conventions.transition', {
        id: convention.id,
        to,
        date: iso,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(actor.trim() ? { actor: actor.trim() } : {}),
        ...(warnings.length ? { justifications: warnings.map((w) => ({ code: w.code, text: (texts[w.code] ?? '').trim() })) } : {}),
      }),
    );
    if (done) onDone(done, `Convention passée à « ${CONVENTION_STATUS_LABELS[to]} »`);
  }

  return (
    <AppModal opened onClose={onClose} title={action.title} size="lg">
      <form onSubmit={(e) => void send(e)} noValidate>
        <Stack gap="sm">
          <BlockingErrors errors={errors} />
          <DateField label={action.dateLabel} value={date} onChange={setDate} error={submit.fields.date} />
          <Justifications warnings={warnings} texts={texts} setTexts={setTexts} fields={submit.fields} />
          {to === 'brouillon' || to === 'terminee' ? (
            <Textarea
              label="Motif"
              required={to === 'brouillon'}
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={submit.fields.reason}
            />
          ) : null}
          <TextInput
            label="Agent (facultatif)"
            description="Sinon, le nom de l’espace de travail"
            value={actor}
            onChange={(e) => setActor(e.currentTarget.value)}
            error={submit.fields.actor}
            maxLength={120}
          />
          <RefusalAlert message={submit.error} />
          <FormButtons submit={action.button} pending={submit.pending} onCancel={onClose} disabled={errors.length > 0} />
        </Stack>
      </form>
    </AppModal>
  );
}
