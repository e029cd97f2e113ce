import { Alert } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { SelectField, TextField, YesNoField } from './fields';
import { FormSection, Row } from './FormSection';
import { useInstructForm } from './formContext';
import { COLLECTOR_OPTIONS, EMPLOYER_STATUS_OPTIONS } from './labels';
import { RegistrySearch } from './RegistrySearch';
import { EstablishmentPick } from './EstablishmentPick';
import { useWorkspaceStore } from '../../store/workspace';

/** « L’employeur »: from the registry (by SIRET or name) or typed; the service reuses an employer by its SIRET. */
export function EmployerSection() {
  const form = useInstructForm();
  // An employer enters a convention for one of its establishments; an agency picks any employer of its registry.
  const ownEstablishments = useWorkspaceStore((s) => s.state?.workspace?.role === 'employeur');
  const [error, setError] = useState<string | null>(null);
  async function pick(id: number) {
    try {
      const e = await call('employers.get', { id });
      setError(null);
      form.patch({
        'employer.siret': e.siret,
        'employer.name': e.name,
        'employer.address': e.address,
        'employer.status': e.status,
        'employer.collector': e.collector,
        'employer.collectorName': e.collectorOther,
        'employer.iban': e.iban,
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <FormSection title="L’employeur">
      {ownEstablishments ? (
        <EstablishmentPick />
      ) : (
        <RegistrySearch
          channel="employers.list"
          label="Rechercher l’employeur dans le registre"
          description="SIRET ou dénomination ; sinon, saisissez-le ci-dessous"
          onPick={(id) => void pick(id)}
          disabled={form.readOnly}
        />
      )}
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Row>
        <TextField path="employer.siret" label="N° SIRET" hint="14 chiffres" required maxLength={17} />
        <TextField path="employer.name" label="Dénomination" required />
      </Row>
      <TextField path="employer.address" label="Adresse" hint="Ex. 12 rue de la Part-Dieu, 69003 Lyon" />
      <Row>
        <SelectField path="employer.status" label="Statut de l’employeur (tableau 1)" options={EMPLOYER_STATUS_OPTIONS} required />
        <SelectField path="employer.collector" label="Organisme de recouvrement des cotisations" options={COLLECTOR_OPTIONS} required />
      </Row>
      {form.doc.employer?.collector === 'AUTRE' ? (
        <TextField path="employer.collectorName" label="Nom de l’organisme de recouvrement (« autre »)" hint="Ni l’URSSAF ni la MSA : son nom" required />
      ) : null}
      <Row>
        <TextField path="employer.iban" label="IBAN (RIB pour le versement de l’aide)" maxLength={42} upper />
        <YesNoField path="employer.otherStateEmploymentAid" label="L’embauche bénéficie-t-elle d’une autre aide de l’État à l’emploi ?" />
      </Row>
    </FormSection>
  );
}
