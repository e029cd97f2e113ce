import { TextInput } from '@mantine/core';
import type { DomCategory } from '../../../../shared/rules/vocabulary';
import { useInstructForm } from './formContext';
import { bind, DateField, SelectField, YesNoField } from './fields';
import { FormSection, Row } from './FormSection';
import { DOM_CATEGORY_OPTIONS, DOM_CATEGORY_OTHER_OPTION, EMPLOYMENT_OBLIGATION_OPTIONS } from './labels';
import { domQuestions } from './model';

/** What the chosen category asks elsewhere in the form, or what it changes. */
const CATEGORY_HINTS: Partial<Record<DomCategory, string>> = {
  ASS: 'Cochez l’ASS dans les allocations perçues (bloc « Le salarié »).',
  RMI: 'Cochez le RMI dans les allocations perçues (bloc « Le salarié »).',
  RMI_PARTNER:
    'Le RMI est perçu par le conjoint, le concubin ou le partenaire de PACS : la convention d’un CDI dure 24 mois, les 30 mois étant réservés au bénéficiaire du RMI lui-même.',
  OBLIGATION_EMPLOI:
    'Travailleur reconnu handicapé : répondez « Oui » dans le bloc « Le salarié » ; sinon, indiquez le titre de l’obligation d’emploi ci-dessous.',
  YOUNG: 'De 18 à moins de 26 ans le jour de l’embauche.',
};

/** A whole number of months (0 to `max`), empty when not known. */
function MonthsField({ path, label, hint, max }: { path: string; label: string; hint: string; max: number }) {
  const form = useInstructForm();
  const employee = form.doc.employee as Record<string, unknown> | undefined;
  const v = employee?.[path.slice('employee.'.length)];
  return (
    <TextInput
      label={label}
      inputMode="numeric"
      maxLength={String(max).length}
      {...bind(form, path, hint)}
      value={typeof v === 'number' ? String(v) : ''}
      onChange={(e) => {
        const t = e.currentTarget.value.trim();
        form.set(path, /^\d{1,3}$/.test(t) && Number(t) <= max ? Number(t) : null);
      }}
    />
  );
}

/** CAE-DOM: the beneficiary's category (art. R. 831-1, 1° to 8°) and what it needs to be checked. */
export function DomSection() {
  const form = useInstructForm();
  const category = form.doc.employee?.domCategory ?? undefined;
  const ask = domQuestions(form.doc);
  const options = category === 'OTHER' ? [...DOM_CATEGORY_OPTIONS, DOM_CATEGORY_OTHER_OPTION] : DOM_CATEGORY_OPTIONS;
  return (
    <FormSection
      title="Contrat d’accès à l’emploi : éligibilité (art. R. 831-1)"
      note="L’offre d’emploi (cadre administratif), le type de contrat et le montant total de l’aide sont demandés dans leurs blocs."
    >
      <SelectField
        path="employee.domCategory"
        label="Catégorie de bénéficiaire"
        options={options}
        hint={category ? CATEGORY_HINTS[category] : 'La catégorie de l’article R. 831-1 au titre de laquelle la personne est embauchée.'}
      />
      {ask.registration || ask.detention ? (
        <Row>
          {ask.registration ? (
            <MonthsField
              path="employee.jobseekerMonthsInLast18"
              label="Mois d’inscription comme demandeur d’emploi sur les 18 derniers"
              hint="Périodes de formation, de contrat aidé, de maladie ou de maternité en plus"
              max={18}
            />
          ) : null}
          {ask.detention ? <YesNoField path="employee.formerPrisoner" label="La personne a-t-elle fait l’objet d’une peine privative de liberté ?" /> : null}
        </Row>
      ) : null}
      {ask.obligation ? (
        <SelectField
          path="employee.employmentObligation"
          label="Titre de l’obligation d’emploi (art. L. 323-3)"
          options={EMPLOYMENT_OBLIGATION_OPTIONS}
          hint="Si la personne n’est pas reconnue travailleur handicapé (L. 323-3 1°) : seuls les 2°, 3° et 4° ouvrent le 4° de l’article R. 831-1."
        />
      ) : null}
      {ask.youthJobEnd ? (
        <DateField path="employee.youthJobEndsOn" label="Terme du contrat emploi-jeune (convention de l’art. L. 322-4-18)" hint="Avant le 1er janvier 2008" />
      ) : null}
      {ask.jobless ? (
        <MonthsField
          path="employee.joblessMonths"
          label="Mois sans emploi (bénéficiaire du RMI)"
          hint="Plus d’un an exigé, à défaut d’inscription ou d’obligation d’emploi"
          max={600}
        />
      ) : null}
    </FormSection>
  );
}
