/**
 * Form CAE-0515's signature block, party by party: « L’employeur ou son
 * représentant — Nom et qualité — Fait le » and « Pour l’État — Fait le »
 * (for a contrat d’avenir, the body that concludes it), then « Transmis au
 * CNASEA le » (to the ASP from 1 April 2009). The convention's own date
 * (`signedOn`) is the later of the two signatures.
 */
import { Text } from '@mantine/core';
import { payingAgencyPhrase, toOrganisation } from '../../../../shared/rules/parameters/organisations';
import { useTodayStore } from '../../store/today';
import { DateField, TextField } from './fields';
import { Row } from './FormSection';
import { useInstructForm } from './formContext';

export function SignatoriesFields() {
  const { doc } = useInstructForm();
  const authority = doc.measure === 'CAV' ? 'Pour l’autorité qui conclut la convention' : 'Pour l’État';
  return (
    <>
      <Text size="sm" fw={500}>
        L’employeur ou son représentant
      </Text>
      <Row cols={4}>
        <TextField path="signatures.employer.name" label="Employeur : nom du signataire" />
        <TextField path="signatures.employer.quality" label="Employeur : qualité du signataire" hint="Ex. Président, Directeur" />
        <TextField path="signatures.employer.place" label="Employeur : fait à" />
        <DateField path="signatures.employer.signedOn" label="Employeur : fait le" />
      </Row>
      <Text size="sm" fw={500}>
        {authority}
      </Text>
      <Row cols={4}>
        <TextField path="signatures.authority.name" label={`${authority} : nom du signataire`} />
        <TextField path="signatures.authority.quality" label={`${authority} : qualité du signataire`} hint="Ex. Directeur de l’agence locale" />
        <TextField path="signatures.authority.place" label={`${authority} : fait à`} />
        <DateField path="signatures.authority.signedOn" label={`${authority} : fait le`} />
      </Row>
    </>
  );
}

/** « Transmis au CNASEA le », named after the payment organisation of the day of transmission (else of the signature). */
export function TransmissionField() {
  const { doc } = useInstructForm();
  const today = useTodayStore((s) => s.today) ?? '';
  const payer = toOrganisation(payingAgencyPhrase(doc.transmittedToCnaseaOn || doc.signedOn || today));
  return <DateField path="transmittedToCnaseaOn" label={`Transmis ${payer} le`} hint="Une fois la convention signée" />;
}
