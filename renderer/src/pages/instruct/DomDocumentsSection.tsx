import { DOM_AID_DOCUMENT_LABELS, DOM_RUPTURE_DOCUMENT_LABELS } from '../../../../shared/domain/enums';
import { DOM_AID_DOCUMENTS, DOM_RUPTURE_DOCUMENTS } from '../../../../shared/rules/document/schema';
import { ChecksField, TextField } from './fields';
import { FormSection } from './FormSection';

const AID_OPTIONS = DOM_AID_DOCUMENTS.map((d) => [d, DOM_AID_DOCUMENT_LABELS[d]] as const);
const RUPTURE_OPTIONS = DOM_RUPTURE_DOCUMENTS.map((d) => [d, DOM_RUPTURE_DOCUMENT_LABELS[d]] as const);

/** CAE-DOM: the supporting documents the convention lists, for the aid (art. R. 831-4 j) and after an early rupture (k). */
export function DomDocumentsSection() {
  return (
    <FormSection title="Contrat d’accès à l’emploi : pièces justificatives (art. R. 831-4 j et k)">
      <ChecksField path="supportingDocuments.aid" label="j) Pièces à produire pour le versement de l’aide" options={AID_OPTIONS} vertical />
      <TextField path="supportingDocuments.aidOther" label="j) Autres pièces pour le versement de l’aide" hint="Laisser vide si aucune" />
      <ChecksField path="supportingDocuments.rupture" label="k) Pièces à produire en cas de rupture anticipée du contrat" options={RUPTURE_OPTIONS} vertical />
      <TextField path="supportingDocuments.ruptureOther" label="k) Autres pièces en cas de rupture anticipée" hint="Laisser vide si aucune" />
    </FormSection>
  );
}
