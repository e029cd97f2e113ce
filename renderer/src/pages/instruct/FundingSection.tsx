import { Alert, Button, Group, Text } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import type { AidRateProposal } from '../../../../shared/api/instruct-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { formatFrPercent } from '../../../../shared/format/input';
import { formatCents } from '../../../../shared/format/money';
import { AmountField, LongTextField, PercentField, YesNoField } from './fields';
import { FormSection, Row } from './FormSection';
import { useInstructForm } from './formContext';
import { overrideNeedsReason } from './useAidRateProposal';

/** « La prise en charge »: the aid rate (CAE, CAV) proposed by the arrêté préfectoral, or the CAE-DOM total aid. */
export function FundingSection({ proposal, monthlyAidCents }: { proposal: AidRateProposal; monthlyAidCents: number | null }) {
  const form = useInstructForm();
  const f = (form.doc.funding ?? {}) as Record<string, unknown>;
  if (form.doc.measure === 'CAE_DOM') {
    return (
      <FormSection title="La prise en charge (cadre réservé à l’administration)">
        <Row>
          <AmountField path="funding.totalAid" label="Montant total de l’aide de l’État" required />
        </Row>
      </FormSection>
    );
  }
  const rate = typeof f.aidRatePercent === 'string' ? f.aidRatePercent : null;
  const overridden = proposal !== null && rate !== null && rate !== proposal.ratePercent;
  const period = proposal ? `du ${formatDateFr(proposal.validFrom)}${proposal.validTo ? ` au ${formatDateFr(proposal.validTo)}` : ''}` : '';
  return (
    <FormSection title="La prise en charge (cadre réservé à l’administration)">
      {proposal ? (
        <Alert color={overridden ? 'orange' : 'teal'} variant="light" icon={<IconGavel aria-hidden />} data-testid="aid-rate-proposal">
          <Text size="sm">
            Proposé par l’{proposal.reference} : {formatFrPercent(proposal.ratePercent)} % du SMIC horaire brut, en vigueur {period}.
          </Text>
          {overridden ? (
            <Group gap="xs" mt={4}>
              <Text size="sm">Le taux saisi s’écarte de l’arrêté : indiquez le motif.</Text>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() =>
                  form.patch({
                    'funding.aidRatePercent': proposal.ratePercent,
                    'funding.aidRateOverrideReason': null,
                    'funding.aidRateReference': proposal.reference,
                  })
                }
                disabled={form.readOnly}
              >
                Reprendre le taux de l’arrêté
              </Button>
            </Group>
          ) : null}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          Aucun arrêté préfectoral enregistré pour cette mesure, ce département et cette date : saisissez le taux.
        </Text>
      )}
      <Row>
        <PercentField
          path="funding.aidRatePercent"
          label="Montant de l’aide de l’État en pourcentage du SMIC horaire brut"
          required
          hint={monthlyAidCents !== null ? `Soit ${formatCents(monthlyAidCents)} par mois à l’embauche` : undefined}
        />
        <YesNoField path="funding.otherFunding" label="Le cas échéant, autre financement envisagé" />
      </Row>
      {overridden ? (
        <LongTextField
          path="funding.aidRateOverrideReason"
          label="Motif de l’écart au taux de l’arrêté préfectoral"
          required
          hint={overrideNeedsReason(form.doc, proposal) ? 'Obligatoire (5 caractères au moins) : il est enregistré avec la convention.' : undefined}
        />
      ) : null}
    </FormSection>
  );
}
