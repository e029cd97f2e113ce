/** The steps after the notice of intent: observations, decision, then the payment organisation and the collector informed. */
import { Button, Group, Paper, Radio, Stack, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ChannelInput } from '../../../../../shared/api/contract';
import { call } from '../../../api/transport';
import { dateError, parseDateFr, todayFr } from '../dates';
import type { Convention } from '../model';
import { DateField, RefusalAlert } from './FormParts';
import { useSubmit } from './useSubmit';

type Step = ChannelInput<'conventions.denunciation'>['step'];

interface StepFormProps {
  convention: Convention;
  step: Step;
  title: string;
  dateLabel: string;
  button: string;
  onDone: (convention: Convention) => void;
  /** Extra fields; `text` is sent as observations or as the decision's reason. */
  textLabel?: string;
  children?: ReactNode;
  decision?: 'DENOUNCED' | 'MAINTAINED';
}

function StepForm({ convention, step, title, dateLabel, button, onDone, textLabel, children, decision }: StepFormProps) {
  const [date, setDate] = useState(todayFr());
  const [text, setText] = useState('');
  const submit = useSubmit();
  const headingId = `step-${step}`;

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const iso = parseDateFr(date);
    const local: Record<string, string> = {};
    if (!iso) local.date = dateError(dateLabel);
    const min = step === 'DECISION' ? 5 : 1;
    if (textLabel && text.trim().length < min) local[step === 'DECISION' ? 'reason' : 'observations'] = `${textLabel} : ${min} caractère(s) au moins.`;
    if (!iso || Object.keys(local).length > 0) return submit.refuse(local);
    const id = convention.id;
    const input: ChannelInput<'conventions.denunciation'> =
      step === 'OBSERVATIONS'
        ? { id, step, date: iso, observations: text.trim() }
        : step === 'DECISION'
          ? { id, step, date: iso, decision: decision ?? 'DENOUNCED', reason: text.trim() }
          : step === 'NOTICE'
            ? { id, step, date: iso, grounds: text.trim() }
            : { id, step, date: iso };
    const done = await submit.run(() => call('conventions.denunciation', input));
    if (done) onDone(done.convention);
  }

  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby={headingId}>
      <form onSubmit={(e) => void send(e)} noValidate>
        <Stack gap="xs">
          <Title order={4} id={headingId}>
            {title}
          </Title>
          <DateField label={dateLabel} value={date} onChange={setDate} error={submit.fields.date} />
          {children}
          {textLabel ? (
            <Textarea
              label={textLabel}
              required
              autosize
              minRows={2}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={submit.fields.observations ?? submit.fields.reason}
            />
          ) : null}
          <RefusalAlert message={submit.error} />
          <Group>
            <Button type="submit" loading={submit.pending}>
              {button}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function ObservationsForm({ convention, onDone }: { convention: Convention; onDone: (c: Convention) => void }) {
  return (
    <StepForm
      convention={convention}
      step="OBSERVATIONS"
      title="Observations de l’employeur"
      dateLabel="Date de réception des observations"
      textLabel="Observations reçues"
      button="Enregistrer les observations"
      onDone={onDone}
    />
  );
}

export function DecisionForm({ convention, onDone }: { convention: Convention; onDone: (c: Convention) => void }) {
  const [decision, setDecision] = useState<'DENOUNCED' | 'MAINTAINED'>('DENOUNCED');
  return (
    <StepForm
      convention={convention}
      step="DECISION"
      title="Décision"
      dateLabel="Date de notification de la décision"
      textLabel="Motif de la décision"
      button="Enregistrer la décision"
      onDone={onDone}
      decision={decision}
    >
      <Radio.Group label="Décision" value={decision} onChange={(v) => setDecision(v === 'MAINTAINED' ? 'MAINTAINED' : 'DENOUNCED')}>
        <Group mt={4}>
          <Radio value="DENOUNCED" label="Dénoncer la convention" />
          <Radio value="MAINTAINED" label="Maintenir la convention" />
        </Group>
      </Radio.Group>
    </StepForm>
  );
}

export function InformedForm({
  convention,
  step,
  onDone,
}: {
  convention: Convention;
  step: 'PAYMENT_ORGANISATION_INFORMED' | 'COLLECTOR_INFORMED';
  onDone: (c: Convention) => void;
}) {
  const payer = step === 'PAYMENT_ORGANISATION_INFORMED';
  return (
    <StepForm
      convention={convention}
      step={step}
      title={payer ? 'Information de l’organisme payeur' : 'Information de l’organisme de recouvrement'}
      dateLabel={payer ? 'Organisme payeur informé le' : 'Organisme de recouvrement informé le'}
      button={payer ? 'Enregistrer l’information de l’organisme payeur' : 'Enregistrer l’information de l’organisme de recouvrement'}
      onDone={onDone}
    />
  );
}
