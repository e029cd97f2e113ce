import { Alert } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { ChecksField, DateField, SelectField, TextField, YesNoField } from './fields';
import { FormSection, Row } from './FormSection';
import { useInstructForm } from './formContext';
import { KnownByNir, KnownConventions } from './KnownBeneficiary';
import { employmentAgencyPhrase, toOrganisation } from '../../../../shared/rules/parameters/organisations';
import { useTodayStore } from '../../store/today';
import { ALLOWANCE_OPTIONS, CIVILITY_OPTIONS, EDUCATION_OPTIONS } from './labels';
import { RegistrySearch } from './RegistrySearch';

const NIR_COMPLETE = /^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}$/;

/** « Le salarié » and « Situation du salarié avant la signature de la convention »; the service reuses a person by NIR. */
export function EmployeeSection({ conventionId }: { conventionId: number | null }) {
  const form = useInstructForm();
  const [picked, setPicked] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nir = (form.doc.employee?.nir ?? '').replace(/\s/g, '').toUpperCase();
  // Registered with the service of the time of filing: ANPE until 31/12/2008, Pôle emploi from 01/01/2009.
  const today = useTodayStore((s) => s.today) ?? '';
  const agency = toOrganisation(employmentAgencyPhrase(form.doc.filedOn || today));
  async function pick(id: number) {
    try {
      const e = await call('employees.get', { id });
      setError(null);
      setPicked(id);
      form.patch({
        'employee.civility': e.civility,
        'employee.lastName': e.lastName,
        'employee.birthName': e.birthName,
        'employee.firstNames': e.firstNames,
        'employee.birthDate': e.birthDate,
        'employee.birthPlace': e.birthPlace,
        'employee.birthDepartment': e.birthDepartment,
        'employee.nationality': e.nationality,
        'employee.nir': e.nir,
        'employee.educationLevel': e.educationLevel,
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <FormSection title="Le salarié">
      <RegistrySearch
        channel="employees.list"
        label="Rechercher le salarié dans le registre"
        description="Nom ou NIR ; sinon, saisissez-le ci-dessous"
        onPick={(id) => void pick(id)}
        disabled={form.readOnly}
      />
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      {picked !== null ? (
        <KnownConventions employeeId={picked} currentId={conventionId} />
      ) : NIR_COMPLETE.test(nir) ? (
        <KnownByNir nir={nir} currentId={conventionId} />
      ) : null}
      <Row cols={3}>
        <SelectField path="employee.civility" label="Civilité" options={CIVILITY_OPTIONS} required />
        <TextField path="employee.lastName" label="Nom" required upper />
        <TextField path="employee.birthName" label="Nom de naissance" hint="Nom patronymique, s’il diffère" upper />
      </Row>
      <Row cols={3}>
        <TextField path="employee.firstNames" label="Prénoms" required />
        <DateField path="employee.birthDate" label="Date de naissance" required />
        <TextField path="employee.birthPlace" label="Lieu de naissance" />
      </Row>
      <Row cols={3}>
        <TextField path="employee.birthDepartment" label="Département ou pays de naissance" hint="Ex. 69, 974 ou le pays" maxLength={60} />
        <TextField path="employee.nationality" label="Nationalité" hint="FR pour la France, sinon le code du pays (ex. DE, MA)" maxLength={40} upper />
        <TextField path="employee.nir" label="N° de sécurité sociale (NIR)" hint="13 caractères et la clé" maxLength={21} upper />
      </Row>
      <TextField path="employee.address" label="Adresse du salarié" />
      <Row>
        <SelectField path="employee.educationLevel" label="Niveau de formation (tableau 2)" options={EDUCATION_OPTIONS} />
        <YesNoField path="employee.registeredJobseeker" label={`Le salarié est-il inscrit ${agency} ?`} />
      </Row>
      <JobseekerIdRow />
      <Row>
        <YesNoField path="employee.disabledWorker" label="Le salarié est-il reconnu travailleur handicapé ?" />
        <YesNoField path="employee.sentenceAdjustment" label="Le salarié bénéficie-t-il d’un aménagement de peine ?" />
      </Row>
      <ChecksField path="employee.allowances" label="Allocations perçues" options={ALLOWANCE_OPTIONS} />
    </FormSection>
  );
}

/** Form CAE-0515 « Numéro IDE »: asked once the employee is registered as a jobseeker (not masked like the NIR). */
function JobseekerIdRow() {
  const form = useInstructForm();
  if (form.doc.employee?.registeredJobseeker !== true) return null;
  return (
    <Row>
      <TextField
        path="employee.jobseekerId"
        label="N° d’identifiant demandeur d’emploi (numéro IDE)"
        hint="7 à 11 lettres et chiffres, tel qu’il figure sur l’avis d’inscription"
        maxLength={14}
        upper
      />
    </Row>
  );
}
