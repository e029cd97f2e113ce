import { AmountField, LongTextField, TextField } from './fields';
import { FormSection, Row } from './FormSection';

/**
 * The contents a contrat d’avenir’s convention must hold beyond form
 * CAE-0515 (art. R. 5134-49, 8° to 11°, 14° and 15°); the others are in the
 * sections above (identity and addresses, NIR, job, dates, hours, collector, aid).
 */
export function CavSection() {
  return (
    <FormSection
      title="Contrat d’avenir : contenus de la convention (art. R. 5134-49)"
      note="Les adresses de l’employeur et du salarié (1° et 2°) et le NIR (4°) sont demandés plus haut."
    >
      <Row>
        <TextField path="support.actionsDuration" label="8° Durée des actions d’accompagnement et de formation" hint="Ex. 120 heures sur la durée du contrat" />
        <TextField path="support.referent" label="9° Personne ou organisme chargé du placement ou de l’insertion (référent)" />
      </Row>
      <Row>
        <AmountField path="funding.allowanceDebtorAid" label="10° Aide mensuelle versée par le débiteur de l’allocation" />
        <TextField path="funding.allowancePayer" label="11° Organisme chargé du versement de l’allocation" hint="Ex. Conseil général du Rhône, Assédic" />
      </Row>
      <LongTextField path="clauses.monitoring" label="14° Modalités de contrôle et d’évaluation de la convention" />
      <LongTextField
        path="clauses.repayment"
        label="15° Modalités de reversement des aides"
        hint="Par défaut : reversement intégral en cas de dénonciation (art. R. 5134-52)"
      />
    </FormSection>
  );
}
