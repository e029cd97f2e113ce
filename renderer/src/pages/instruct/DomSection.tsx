import { TextInput } from '@mantine/core';
import { useInstructForm } from './formContext';
import { bind, SelectField, YesNoField } from './fields';
import { FormSection, Row } from './FormSection';
import { DOM_CATEGORY_OPTIONS } from './labels';

/** CAE-DOM: the beneficiary's category (art. R. 831-1) and what it needs to be checked. */
export function DomSection() {
  const form = useInstructForm();
  const months = form.doc.employee?.jobseekerMonthsInLast18;
  const category = (form.doc.employee as Record<string, unknown> | undefined)?.domCategory;
  return (
    <FormSection
      title="Contrat d’accès à l’emploi : éligibilité (art. R. 831-1)"
      note="L’offre d’emploi (cadre administratif), le type de contrat et le montant total de l’aide sont demandés dans leurs blocs."
    >
      <SelectField path="employee.domCategory" label="Catégorie de bénéficiaire" options={DOM_CATEGORY_OPTIONS} />
      <Row>
        <TextInput
          label="Mois d’inscription comme demandeur d’emploi sur les 18 derniers"
          inputMode="numeric"
          maxLength={2}
          {...bind(form, 'employee.jobseekerMonthsInLast18', 'Périodes de formation, de contrat aidé, de maladie ou de maternité en plus')}
          value={typeof months === 'number' ? String(months) : ''}
          onChange={(e) => {
            const t = e.currentTarget.value.trim();
            form.set('employee.jobseekerMonthsInLast18', /^\d{1,2}$/.test(t) && Number(t) <= 18 ? Number(t) : null);
          }}
        />
        {category === 'DETENTION' ? (
          <YesNoField path="employee.formerPrisoner" label="La personne a-t-elle fait l’objet d’une peine privative de liberté ?" />
        ) : null}
      </Row>
    </FormSection>
  );
}
