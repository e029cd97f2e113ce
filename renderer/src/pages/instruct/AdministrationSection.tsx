import { Text } from '@mantine/core';
import { MEASURE_LABELS } from '../../../../shared/domain/enums';
import { employmentAgencyPhrase, toOrganisation } from '../../../../shared/rules/parameters/organisations';
import { useTodayStore } from '../../store/today';
import { useWorkspaceStore } from '../../store/workspace';
import { DateField, TextField } from './fields';
import { FormSection, Row } from './FormSection';
import { useInstructForm } from './formContext';

/** « Cadre réservé à l’administration »: the numbering (department, ALE or prescriber code) and the filing date. */
export function AdministrationSection({ number }: { number: string | null }) {
  const { doc } = useInstructForm();
  const today = useTodayStore((s) => s.today) ?? '';
  // An employer records a convention received on paper under the agency's number, as printed (services/conventions/received-number.ts).
  const received = useWorkspaceStore((s) => s.state?.workspace?.role === 'employeur');
  // The public employment service of the time: ANPE until 31/12/2008, Pôle emploi from 01/01/2009.
  const agency = toOrganisation(employmentAgencyPhrase(doc.jobOfferFiledOn || doc.filedOn || today));
  return (
    <FormSection title="Cadre réservé à l’administration" note={doc.measure ? `Mesure : ${MEASURE_LABELS[doc.measure]}` : undefined}>
      <Row cols={3}>
        <TextField path="department" label="Département" hint="01 à 95, 2A, 2B ou 971 à 976" required maxLength={3} upper />
        <TextField
          path="prescriberCode"
          label="Code ALE ou code prescripteur"
          hint={received ? '5 caractères, celui de l’agence sur la convention' : '5 caractères, celui de l’espace par défaut'}
          required
          maxLength={5}
          upper
        />
        <DateField path="filedOn" label="Date de dépôt de la demande" required />
      </Row>
      {doc.measure === 'CAE_DOM' ? (
        <Row cols={3}>
          <DateField path="jobOfferFiledOn" label={`Offre d’emploi déposée ${agency} le`} hint="Avant la demande de convention (art. R. 831-3)" required />
        </Row>
      ) : null}
      {received && !number ? (
        <Row cols={3}>
          <TextField path="orderNumber" label="N° d’ordre de la convention reçue" hint="Les 5 chiffres après le code de l’agence" required maxLength={5} />
        </Row>
      ) : null}
      <Text size="sm" c="dimmed" data-testid="convention-number">
        {number
          ? `N° de convention : ${number}`
          : received
            ? 'Le numéro est celui de la convention reçue : département, mois et année de dépôt, code de l’agence, numéro d’ordre.'
            : 'Le numéro est attribué au premier enregistrement du brouillon.'}
      </Text>
    </FormSection>
  );
}
