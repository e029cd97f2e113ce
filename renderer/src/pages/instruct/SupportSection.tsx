import { List, Text } from '@mantine/core';
import { ChecksField, LongTextField, SelectField, TextField, YesNoField } from './fields';
import { FormSection, Row } from './FormSection';
import { useInstructForm } from './formContext';
import { EDUCATION_OPTIONS, TIMING_OPTIONS, TRAINING_NATURE_OPTIONS, TRAINING_TYPE_OPTIONS } from './labels';
import { supportQuestions } from './model';

/**
 * « Les actions d’accompagnement et de formation prévues par l’employeur »,
 * with the form's choices only (L322-4-7 I al. 2 / L5134-22: the convention
 * sets the accompaniment and the training; R. 5134-49 8° for the contrat d’avenir).
 */
export function SupportSection() {
  const { doc } = useInstructForm();
  const ask = supportQuestions(doc);
  return (
    <FormSection
      title="Les actions d’accompagnement et de formation"
      note="La convention fixe l’accompagnement professionnel du salarié (un tuteur ou un organisme extérieur au moins) et prévoit les formations et la validation des acquis nécessaires à son projet."
    >
      <YesNoField path="support.trainingPlanned" label="Formation programmée" />
      {ask.training ? (
        <>
          <ChecksField path="support.trainingNature" label="Nature de la formation" options={TRAINING_NATURE_OPTIONS} />
          <Row>
            {ask.targetLevel ? (
              <SelectField
                path="support.targetEducationLevel"
                label="Niveau de formation visé (tableau 2)"
                hint="Pour l’acquisition de nouvelles compétences"
                options={EDUCATION_OPTIONS}
              />
            ) : null}
            <SelectField path="support.trainingType" label="Type de formation" options={TRAINING_TYPE_OPTIONS} />
          </Row>
        </>
      ) : null}
      <YesNoField path="support.tutor" label="Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur" />
      <YesNoField path="support.externalEmploymentSupportPlanned" label="Accompagnement vers l’emploi confié à un organisme extérieur" />
      {ask.employmentOrganisation ? (
        <TextField path="support.externalEmploymentSupport" label="Dénomination de l’organisme chargé de l’accompagnement vers l’emploi" />
      ) : null}
      <YesNoField path="support.externalSocialSupportPlanned" label="Accompagnement social confié à un organisme extérieur" />
      {ask.socialOrganisation ? <TextField path="support.externalSocialSupport" label="Dénomination de l’organisme chargé de l’accompagnement social" /> : null}
      <Row>
        <SelectField path="support.timing" label="Modalités de formation et d’accompagnement" options={TIMING_OPTIONS} />
        <YesNoField path="support.vae" label="Validation des acquis de l’expérience" />
      </Row>
      {ask.vaeProcedure ? <LongTextField path="support.vaeProcedure" label="Procédure de validation" /> : null}
      {ask.legacyEntries.length > 0 ? (
        <div role="note" aria-label="Ancienne saisie" data-testid="support-legacy">
          <Text size="sm" fw={500}>
            Ancienne saisie, hors des choix du formulaire (conservée telle quelle)
          </Text>
          <List size="sm" spacing={2}>
            {ask.legacyEntries.map((entry, i) => (
              <List.Item key={i}>{entry}</List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed">
            Répondez ci-dessus avec les choix du formulaire ; la convention imprimée reproduit cette saisie sous la même mention.
          </Text>
        </div>
      ) : null}
    </FormSection>
  );
}
