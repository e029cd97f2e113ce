import { ChecksField, LongTextField, SelectField, TextField, YesNoField } from './fields';
import { FormSection, Row } from './FormSection';
import { useInstructForm } from './formContext';
import { EDUCATION_OPTIONS, TIMING_OPTIONS, TRAINING_NATURE_OPTIONS, TRAINING_TYPE_OPTIONS } from './labels';

/** « Les actions d’accompagnement et de formation prévues par l’employeur ». */
export function SupportSection() {
  const { doc } = useInstructForm();
  const s: Record<string, unknown> = doc.support ?? {};
  return (
    <FormSection title="Les actions d’accompagnement et de formation">
      <YesNoField path="support.trainingPlanned" label="Formation programmée" />
      {s.trainingPlanned === true ? (
        <>
          <ChecksField path="support.trainingNature" label="Nature de la formation" options={TRAINING_NATURE_OPTIONS} />
          <Row>
            <SelectField path="support.targetEducationLevel" label="Niveau de formation visé (tableau 2)" options={EDUCATION_OPTIONS} />
            <SelectField path="support.trainingType" label="Type de formation" options={TRAINING_TYPE_OPTIONS} />
          </Row>
        </>
      ) : null}
      <YesNoField path="support.tutor" label="Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur" />
      <Row>
        <TextField
          path="support.externalEmploymentSupport"
          label="Accompagnement vers l’emploi confié à un organisme extérieur : dénomination"
          hint="Laisser vide si aucun"
        />
        <TextField
          path="support.externalSocialSupport"
          label="Accompagnement social confié à un organisme extérieur : dénomination"
          hint="Laisser vide si aucun"
        />
      </Row>
      <Row>
        <SelectField path="support.timing" label="Modalités de formation et d’accompagnement" options={TIMING_OPTIONS} />
        <YesNoField path="support.vae" label="Validation des acquis de l’expérience" />
      </Row>
      {s.vae === true ? <LongTextField path="support.vaeProcedure" label="Procédure de validation" /> : null}
    </FormSection>
  );
}
