/**
 * « Saisir un versement reçu » : a payment typed from the payment
 * organisation's notice or a bank statement, for one of the periods the
 * rules expect. Once recorded, the period's reconciliation is shown at once:
 * conforme, or the difference and why.
 */
import { Alert, Button, Card, Grid, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { ConventionAid } from '../../../../shared/api/aids-contract';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { formatCents } from '../../../../shared/format/money';
import { decimalToUnits } from '../../../../shared/rules/index';
import { call } from '../../api/transport';
import { FrAmountInput } from '../../components/inputs/FrAmountInput';
import { FrDateInput } from '../../components/inputs/FrDateInput';
import { RefusalAlert } from '../convention/actions/FormParts';
import { useSubmit } from '../convention/actions/useSubmit';
import { AidStatusBadge } from './AidStatusBadge';

type Overview = ChannelOutput<'aids.overview'>;

interface Draft {
  conventionId: string | null;
  period: string | null;
  receivedOn: string | null;
  amount: string | null;
  reference: string;
}

/** What the recorded payment's period now shows. */
function Recorded({ aid, periodStart }: { aid: ConventionAid; periodStart: string }) {
  const line = aid.lines.find((l) => l.periodStart === periodStart) ?? aid.lines.find((l) => l.receivedIds.length > 0);
  return (
    <Alert
      color={line?.status === 'conforme' ? 'green' : 'orange'}
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      title="Versement enregistré"
      role="status"
    >
      {line ? (
        <Stack gap={4}>
          <Text size="sm">
            {line.label} : prévu {formatCents(line.expectedCents)}, reçu {formatCents(line.receivedCents)} <AidStatusBadge status={line.status} />
          </Text>
          {line.explanation ? <Text size="sm">{line.explanation}</Text> : null}
        </Stack>
      ) : null}
    </Alert>
  );
}

function missing(d: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  if (!d.conventionId) out.conventionId = 'Choisissez la convention';
  if (!d.period) out.periodStart = 'Choisissez la période que le versement couvre';
  if (!d.receivedOn) out.receivedOn = 'Date de réception obligatoire (JJ/MM/AAAA)';
  if (!d.amount) out.amountCents = 'Montant reçu obligatoire (ex. 679,38)';
  return out;
}

interface FieldsProps {
  overview: Overview;
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  fields: Record<string, string>;
}

function PaymentFields({ overview, draft, set, fields }: FieldsProps) {
  const convention = overview.conventions.find((c) => String(c.conventionId) === draft.conventionId);
  const periods = convention?.periods ?? [];
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Select
          label="Convention"
          required
          searchable
          placeholder="Numéro ou nom du salarié"
          data={overview.conventions.map((c) => ({ value: String(c.conventionId), label: `${c.number} — ${c.employeeName}` }))}
          value={draft.conventionId}
          onChange={(value) => set({ conventionId: value, period: null })}
          error={fields.conventionId}
          nothingFoundMessage="Aucune convention"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Select
          label="Période couverte"
          required
          disabled={!convention}
          placeholder={convention ? 'Choisissez le mois ou l’échéance' : 'Choisissez d’abord la convention'}
          data={periods.map((p) => ({ value: p.periodStart, label: `${p.label} — prévu ${formatCents(p.expectedCents)}` }))}
          value={draft.period}
          onChange={(value) => set({ period: value })}
          error={fields.periodStart ?? fields.periodEnd}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <FrDateInput label="Reçu le" required value={draft.receivedOn} onChange={(v) => set({ receivedOn: v })} error={fields.receivedOn} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <FrAmountInput label="Montant reçu" required value={draft.amount} onChange={(v) => set({ amount: v })} error={fields.amountCents} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label="Référence de l’avis"
          placeholder="ex. n° d’avis de paiement"
          value={draft.reference}
          maxLength={200}
          onChange={(e) => set({ reference: e.currentTarget.value })}
          error={fields.reference}
        />
      </Grid.Col>
    </Grid>
  );
}

export function ReceivedPaymentForm({ overview, onRecorded }: { overview: Overview; onRecorded: () => void }) {
  const empty: Draft = { conventionId: null, period: null, receivedOn: overview.today, amount: null, reference: '' };
  const [draft, setDraft] = useState<Draft>(empty);
  const [recorded, setRecorded] = useState<{ aid: ConventionAid; periodStart: string }>();
  const submit = useSubmit();
  const convention = overview.conventions.find((c) => String(c.conventionId) === draft.conventionId);
  const periods = convention?.periods ?? [];
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems = missing(draft);
    if (Object.keys(problems).length > 0) return submit.refuse(problems, 'Le versement n’est pas complet.');
    const period = periods.find((p) => p.periodStart === draft.period)!;
    const aid = await submit.run(() =>
      call('aids.recordPayment', {
        conventionId: Number(draft.conventionId),
        receivedOn: draft.receivedOn!,
        amountCents: decimalToUnits(draft.amount!, 2) ?? 0,
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
        reference: draft.reference,
      }),
    );
    if (!aid) return;
    setRecorded({ aid, periodStart: period.periodStart });
    setDraft({ ...empty, conventionId: draft.conventionId });
    onRecorded();
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="aids-entry">
      <Title order={2} size="h3" id="aids-entry" mb="xs">
        Saisir un versement reçu
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        D’après l’avis de paiement de l’organisme payeur ou le relevé de compte. Les versements des fichiers retour importés sont déjà comptés.
      </Text>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Saisir un versement reçu">
        <PaymentFields overview={overview} draft={draft} set={set} fields={submit.fields} />
        <Stack gap="sm" mt="md">
          <RefusalAlert message={submit.error} title="Le versement n’a pas été enregistré" />
          {recorded ? <Recorded aid={recorded.aid} periodStart={recorded.periodStart} /> : null}
          <div>
            <Button type="submit" loading={submit.pending}>
              Enregistrer le versement
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
