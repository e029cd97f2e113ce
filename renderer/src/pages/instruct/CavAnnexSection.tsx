import { LongTextField } from './fields';
import { FormSection } from './FormSection';

/** The contrat d’avenir’s annex to the convention individuelle (art. R. 5134-50, 1° and 2°). */
export function CavAnnexSection() {
  return (
    <FormSection title="Contrat d’avenir : annexe à la convention (art. R. 5134-50)">
      <LongTextField path="annex.objectives" label="1° Objectifs des actions d’accompagnement et de formation" required />
      <LongTextField path="annex.programme" label="1° Programme des actions d’accompagnement et de formation" required />
      <LongTextField path="annex.organisationAndEvaluation" label="1° Modalités d’organisation et d’évaluation de ces actions" required />
      <LongTextField
        path="annex.referentIntervention"
        label="2° Modalités d’intervention du référent chargé du suivi du parcours d’insertion professionnelle"
        required
      />
    </FormSection>
  );
}
