/**
 * One period of the Activité tab: its months as a table to fill in (hours
 * worked, absences, days of unpaid suspension), the check against the
 * contract as the person types, the totals, and « Enregistrer » then
 * « Imprimer le justificatif (PDF) ».
 */
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ActivityView, ProofPeriodView } from '../../../../../shared/api/activity-contract';
import type { ChannelOutput } from '../../../../../shared/api/contract';
import { formatDateFr, formatMonthFr } from '../../../../../shared/format/date';
import { formatClock } from '../../../../../shared/format/input';
import { readableLegalRef } from '../../../../../shared/rules/parameters/sources';
import { errorMessage } from '../../../api/errors';
import { call } from '../../../api/transport';
import { FrTextInput } from '../../../components/inputs/FrTextInput';
import { useFileDownload } from '../../../components/files/useFileDownload';
import { SEVERITY } from '../labels';
import { formatDays, formatHundredths, hoursText, monthsOf, parseDays, parseHundredths, rowsChanged, rowsOf, type RowValues, type Rows } from './model';

type Checked = ChannelOutput<'activity.check'>;
type Month = ProofPeriodView['months'][number];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const FIELDS: { key: keyof RowValues; label: string; days?: true }[] = [
  { key: 'worked', label: 'Heures travaillées' },
  { key: 'paidLeave', label: 'Congés payés, fériés (h)' },
  { key: 'sickLeave', label: 'Maladie, accident (h)' },
  { key: 'otherAbsence', label: 'Autres absences (h)' },
  { key: 'suspensionDays', label: 'Suspension non rémunérée (jours)', days: true },
];

/** The check of the months as typed, asked again a moment after each change; null while nothing is typed or the rows are as recorded. */
function useLiveCheck(conventionId: number, period: ProofPeriodView, rows: Rows): { checked: Checked | null; error: string | null } {
  const [state, setState] = useState<{ key: string; checked: Checked | null; error: string | null }>({ key: '', checked: null, error: null });
  const months = monthsOf(rows);
  const key = JSON.stringify(months);
  const changed = rowsChanged(period, rows) && months.length > 0;
  useEffect(() => {
    if (!changed) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      call('activity.check', { conventionId, periodStart: period.start, months: JSON.parse(key) as typeof months })
        .then((checked) => live && setState({ key, checked, error: null }))
        .catch((e: unknown) => live && setState({ key, checked: null, error: errorMessage(e) }));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [changed, conventionId, period.start, key]);
  if (!changed || state.key !== key) return { checked: null, error: null };
  return { checked: state.checked, error: state.error };
}

function MonthRow({ m, values, readOnly, onChange }: { m: Month; values: RowValues; readOnly: boolean; onChange: (v: RowValues) => void }) {
  const name = formatMonthFr(m.month);
  const partial = m.days < 28 || !m.from.endsWith('-01');
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Text size="sm" fw={600}>
          {capitalised(name)}
        </Text>
        {partial ? <Text size="xs" c="dimmed">{`du ${formatDateFr(m.from)} au ${formatDateFr(m.to)}`}</Text> : null}
        {!m.over ? <Text size="xs" c="dimmed">{`à saisir après le ${formatDateFr(m.to)}`}</Text> : null}
      </Table.Th>
      <Table.Td ta="right">{hoursText(m.contractHundredths)}</Table.Td>
      {FIELDS.map((f) => (
        <Table.Td key={f.key}>
          <FrTextInput
            size="xs"
            aria-label={`${f.label} — ${name}`}
            inputMode={f.days ? 'numeric' : 'decimal'}
            disabled={readOnly || !m.over}
            value={values[f.key]}
            onChange={(v) => onChange({ ...values, [f.key]: v })}
            parse={f.days ? parseDays : parseHundredths}
            format={f.days ? formatDays : formatHundredths}
            description={f.days && m.suspensionDays > 0 ? `événements : ${m.suspensionDays} j` : undefined}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

function MonthsTable(props: { period: ProofPeriodView; rows: Rows; readOnly: boolean; onChange: (month: string, v: RowValues) => void }) {
  const { period, rows, readOnly, onChange } = props;
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={`Mois du justificatif — ${period.label}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Mois</Table.Th>
          <Table.Th scope="col" ta="right">
            Heures au contrat
          </Table.Th>
          {FIELDS.map((f) => (
            <Table.Th key={f.key} scope="col">
              {f.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {period.months.map((m) => (
          <MonthRow key={m.month} m={m} values={rows[m.month]!} readOnly={readOnly} onChange={(v) => onChange(m.month, v)} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Findings({ checked }: { checked: Checked }) {
  if (checked.findings.length === 0) {
    return (
      <Text size="sm" c="teal.8" role="status">
        Aucun constat : les mois saisis correspondent au contrat.
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Constats du justificatif">
      {checked.findings.map((f, i) => (
        <Paper
          key={`${f.code}-${i}`}
          component="li"
          withBorder
          radius="sm"
          p="xs"
          style={{ borderLeft: `4px solid var(--mantine-color-${SEVERITY[f.severity].color}-6)` }}
        >
          <Badge color={SEVERITY[f.severity].color} variant="light" tt="none" mb={4}>
            {SEVERITY[f.severity].label}
          </Badge>
          <Text size="sm">{f.message}</Text>
          <Text size="xs" c="dimmed" mt={2}>
            Référence : {readableLegalRef(f.legalRef)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

function Totals({ checked }: { checked: Checked }) {
  const t = checked.totals;
  return (
    <Text size="sm" aria-label="Totaux de la période">
      {`Total : ${hoursText(t.workedHundredths)} travaillées, ${hoursText(t.absenceHundredths)} d’absence, ${t.unpaidSuspensionDays} jour(s) de suspension non rémunérée — au contrat : ${hoursText(t.contractHundredths)} (${hoursText(t.lowHundredths)} à ${hoursText(t.highHundredths)} selon les jours ouvrés et les suspensions).`}
    </Text>
  );
}

function PeriodNotices({ period }: { period: ProofPeriodView }) {
  return (
    <>
      {period.locked ? (
        <Alert
          color="blue"
          variant="light"
          title={period.status === 'prepare' ? 'Justificatif préparé' : period.status === 'accepte' ? 'Justificatif accepté' : 'Justificatif envoyé'}
        >
          {period.locked}
        </Alert>
      ) : null}
      {period.line?.status === 'rejected' ? (
        <Alert color="red" variant="light" title="Rejeté par l’organisme payeur">
          {`${period.line.code ?? ''} ${period.line.label ?? ''} — corrigez les mois ci-dessous et enregistrez : le justificatif repartira au prochain envoi.`}
        </Alert>
      ) : null}
    </>
  );
}

/** « Enregistré à 14:05 » after a save here; else when and by whom the months were recorded. */
function saveState(period: ProofPeriodView, changed: boolean, savedAt: string | null): string {
  if (changed) return 'Modifications non enregistrées';
  if (savedAt) return `Enregistré à ${formatClock(new Date(savedAt))}`;
  const last = period.months.flatMap((m) => (m.recorded ? [m.recorded] : [])).sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1))[0];
  return last ? `Enregistré le ${formatDateFr(last.recordedAt.slice(0, 10))} par ${last.recordedBy}` : 'Pas encore enregistré';
}

interface EditorProps {
  conventionId: number;
  period: ProofPeriodView;
  onSaved: (view: ActivityView, recordedAt: string) => void;
  savedAt: string | null;
}

export function PeriodEditor({ conventionId, period, onSaved, savedAt }: EditorProps) {
  const [rows, setRows] = useState<Rows>(() => rowsOf(period));
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const live = useLiveCheck(conventionId, period, rows);
  const print = useFileDownload();
  const changed = rowsChanged(period, rows);
  const checked = live.checked ?? period.check;
  const readOnly = period.locked !== null;
  async function save() {
    setSaving(true);
    setSaveError(null);
    try {
      const result = await call('activity.save', { conventionId, periodStart: period.start, months: monthsOf(rows) });
      onSaved(result, result.saved.recordedAt);
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }
  const printable = !changed && period.check.sendable && period.status !== 'a_saisir';
  return (
    <Stack gap="sm">
      <PeriodNotices period={period} />
      <MonthsTable period={period} rows={rows} readOnly={readOnly} onChange={(month, v) => setRows((r) => ({ ...r, [month]: v }))} />
      {live.error ? (
        <Alert color="red" variant="light">
          {live.error}
        </Alert>
      ) : null}
      {monthsOf(rows).length > 0 ? <Findings checked={checked} /> : null}
      <Totals checked={checked} />
      {saveError ? (
        <Alert color="red" variant="light" title="Rien n’a été enregistré" role="alert">
          {saveError}
        </Alert>
      ) : null}
      {print.error ? (
        <Alert color="red" variant="light" title="Le justificatif n’a pas pu être produit" role="alert">
          {print.error}
        </Alert>
      ) : null}
      <Group gap="sm">
        <Button
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          loading={saving}
          disabled={readOnly || !changed || monthsOf(rows).length === 0}
          onClick={() => void save()}
        >
          Enregistrer
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          loading={print.pending !== null}
          disabled={!printable}
          onClick={() => void print.download(true, 'application/pdf', () => call('activity.proofPdf', { conventionId, periodStart: period.start }))}
        >
          Imprimer le justificatif (PDF)
        </Button>
        <Text size="sm" c="dimmed" role="status">
          {saveState(period, changed, savedAt)}
        </Text>
      </Group>
    </Stack>
  );
}
