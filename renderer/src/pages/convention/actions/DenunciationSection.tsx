/**
 * The dénonciation procedure of the convention: notice, seven days for the
 * employer's observations, decision with the repayment and the two-month
 * appeal deadline, then the payment organisation and the collector informed;
 * the letter as a PDF at any step.
 */
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { formatDateFr } from '../../../../../shared/format/date';
import { formatCents } from '../../../../../shared/format/money';
import type { Convention } from '../model';
import { Facts, type Fact } from '../panels/Facts';
import { DecisionForm, InformedForm, ObservationsForm } from './DenunciationSteps';

interface Props {
  convention: Convention;
  onChanged: (convention: Convention) => void;
  onPrint: () => void;
  printing: boolean;
}

export function DenunciationSection({ convention, onChanged, onPrint, printing }: Props) {
  const p = convention.denunciation;
  if (!p) return null;
  const denounced = p.decision === 'DENOUNCED';
  const facts: Fact[] = [
    { label: 'Intention notifiée le', value: formatDateFr(p.intentNotifiedOn) },
    { label: 'Observations jusqu’au (7 jours)', value: formatDateFr(p.observationsDeadline), id: 'observations-deadline' },
    {
      label: 'Observations reçues',
      value: p.observationsReceivedOn ? `le ${formatDateFr(p.observationsReceivedOn)} : ${p.observations ?? ''}` : 'aucune pour l’instant',
    },
  ];
  if (p.decision) {
    facts.push({ label: 'Décision notifiée le', value: formatDateFr(p.decisionNotifiedOn) }, { label: 'Motif', value: p.decisionReason ?? '—' });
  }
  if (denounced) {
    facts.push(
      { label: 'Recours possible jusqu’au (2 mois)', value: formatDateFr(p.appealDeadline), id: 'appeal-deadline' },
      { label: 'Aide à reverser', value: formatCents(p.repaymentCents ?? 0), id: 'denunciation-repayment' },
      { label: 'Salaires exonérés (assiette des cotisations dues)', value: formatCents(p.exemptedBaseCents ?? 0) },
      { label: 'Cotisations exigibles le', value: formatDateFr(p.contributionsDueOn) || '—' },
      { label: 'Organisme payeur informé le', value: formatDateFr(p.paymentOrganisationInformedOn) || 'pas encore' },
      { label: 'Organisme de recouvrement informé le', value: formatDateFr(p.collectorInformedOn) || 'pas encore' },
    );
  }
  return (
    <Paper withBorder radius="md" p="md" mb="lg" component="section" aria-labelledby="denunciation-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Title order={2} size="h3" id="denunciation-title">
              Dénonciation
            </Title>
            <Badge color={denounced ? 'orange' : p.decision === 'MAINTAINED' ? 'green' : 'yellow'} variant="light" tt="none">
              {denounced ? 'Convention dénoncée' : p.decision === 'MAINTAINED' ? 'Convention maintenue' : 'Procédure en cours'}
            </Badge>
          </Group>
          <Button variant="light" leftSection={<IconFileDownload size={16} aria-hidden />} onClick={onPrint} loading={printing}>
            Lettre de dénonciation (PDF)
          </Button>
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            Manquements constatés :{' '}
          </Text>
          {p.grounds}
        </Text>
        <Facts facts={facts} />
        {p.decision === null ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {p.observationsReceivedOn ? null : <ObservationsForm convention={convention} onDone={onChanged} />}
            <DecisionForm convention={convention} onDone={onChanged} />
          </SimpleGrid>
        ) : null}
        {denounced && (!p.paymentOrganisationInformedOn || !p.collectorInformedOn) ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {p.paymentOrganisationInformedOn ? null : <InformedForm convention={convention} step="PAYMENT_ORGANISATION_INFORMED" onDone={onChanged} />}
            {p.collectorInformedOn ? null : <InformedForm convention={convention} step="COLLECTOR_INFORMED" onDone={onChanged} />}
          </SimpleGrid>
        ) : null}
      </Stack>
    </Paper>
  );
}
