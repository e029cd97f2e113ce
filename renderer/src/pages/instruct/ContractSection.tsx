import { Text } from '@mantine/core';
import { formatCents } from '../../../../shared/format/money';
import { allowedContractTypes, minimumWeeklyHours } from '../../../../shared/rules/index';
import { AmountField, DateField, HoursField, LongTextField, SelectField, TextField, YesNoField } from './fields';
import { FormSection, Row } from './FormSection';
import { useInstructForm } from './formContext';
import { CONTRACT_TYPE_OPTIONS } from './labels';

/** « Le contrat de travail »: type, dates, emploi (code ROME), salaire et durée hebdomadaire. */
export function ContractSection({ minimumMonthlyGrossCents }: { minimumMonthlyGrossCents: number | null }) {
  const { doc } = useInstructForm();
  const c = doc.contract ?? {};
  // The CAE's weekly minimum in force at the hiring (the latest one before a date is typed).
  const minimum = minimumWeeklyHours(doc.measure, c.hiredOn)?.value;
  const reduced = minimum !== undefined && typeof c.weeklyHours === 'number' && c.weeklyHours < minimum;
  // Only the contract types the measure allows (a CAE or a contrat d'avenir is a CDD), and the one already chosen, flagged by the rules.
  const allowed = allowedContractTypes(doc.measure);
  const typeOptions = CONTRACT_TYPE_OPTIONS.filter(([value]) => (allowed as readonly string[]).includes(value) || value === c.type);
  return (
    <FormSection title="Le contrat de travail">
      <Row cols={3}>
        <SelectField path="contract.type" label="Type de contrat" options={typeOptions} required />
        <DateField path="contract.hiredOn" label="Date d’embauche" required />
        <DateField path="contract.plannedEnd" label="Date prévue de fin de contrat" required={doc.measure !== 'CAE_DOM' || c.type === 'CDD'} />
      </Row>
      <Row cols={3}>
        <TextField path="contract.romeCode" label="Emploi proposé : code ROME" hint="5 chiffres, ou lettre et 4 chiffres" required maxLength={5} upper />
        <TextField path="contract.jobTitle" label="Emploi proposé : intitulé" />
        <AmountField
          path="contract.monthlyGross"
          label="Salaire brut mensuel"
          required
          hint={minimumMonthlyGrossCents !== null ? `Au moins ${formatCents(minimumMonthlyGrossCents)} pour cette durée (SMIC)` : undefined}
        />
      </Row>
      <Row cols={2}>
        <HoursField path="contract.weeklyHours" label="Durée hebdomadaire de travail (heures)" required />
      </Row>
      {reduced ? (
        <>
          <Text size="sm">
            Une durée inférieure à {minimum} heures n’est possible que pour une personne confrontée à des difficultés particulièrement importantes.
          </Text>
          <YesNoField path="contract.reducedHoursJustified" label="La convention prévoit-elle une durée moindre en raison de ces difficultés ?" />
          {c.reducedHoursJustified === true ? <LongTextField path="contract.reducedHoursReason" label="Justification de la durée réduite" required /> : null}
        </>
      ) : null}
    </FormSection>
  );
}
