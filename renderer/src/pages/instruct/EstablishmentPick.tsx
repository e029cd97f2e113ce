/**
 * In an employer workspace, the employer of a convention entered by hand is
 * one of its establishments (Établissements): choosing one fills the
 * employer block from it and from the profile (status, collector, IBAN), and
 * the employer's signatory when the form has none yet.
 */
import { Alert, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { siretOf } from '../../../../shared/rules/index';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { useApiQuery } from '../../api/useApiQuery';
import { groupSiret } from '../establishments/formInput';
import { useInstructForm } from './formContext';

export function EstablishmentPick() {
  const form = useInstructForm();
  const profile = useApiQuery('profile.get', {});
  const [error, setError] = useState<string | null>(null);
  const establishments = profile.data?.establishments ?? [];
  const chosen = establishments.find((e) => e.siret === siretOf(form.doc.employer?.siret));

  async function pick(id: number) {
    try {
      const e = await call('establishments.get', { id });
      setError(null);
      const signer = form.doc.signatures?.employer;
      form.patch({
        'employer.siret': e.siret,
        'employer.name': e.name,
        'employer.address': e.address,
        'employer.status': e.status,
        'employer.collector': e.collector,
        'employer.collectorName': e.collectorName,
        'employer.iban': e.iban,
        ...(e.signatory && !signer?.name && !signer?.quality
          ? { 'signatures.employer.name': e.signatory.name, 'signatures.employer.quality': e.signatory.quality }
          : {}),
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <>
      <NativeSelect
        label="Établissement"
        description="Celui qui embauche, parmi vos établissements (Établissements)"
        required
        disabled={form.readOnly}
        value={chosen ? String(chosen.id) : ''}
        onChange={(e) => e.currentTarget.value && void pick(Number(e.currentTarget.value))}
        data={[
          { value: '', label: 'Choisir l’établissement', disabled: true },
          ...establishments.map((e) => ({ value: String(e.id), label: `${e.name} — SIRET ${groupSiret(e.siret)}` })),
        ]}
        error={profile.error}
      />
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
    </>
  );
}
