/**
 * Opens a saved draft: the form as it was left on this computer when there
 * is a copy, else the draft's last version from the service (its NIR read
 * from the registry, since version documents are stored without it).
 */
import { Alert, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ConventionView } from '../../../../shared/api/conventions-contract';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { readLocal, type Doc, type LocalDraft } from './model';

export interface Loaded {
  initial: LocalDraft;
  view: ConventionView;
}

/** Neither the service's documents nor the local copy hold the NIR: it is read (and the reading logged) from the registry. */
async function withRegistryNir(document: Doc, view: ConventionView): Promise<Doc> {
  if (view.employee.nirMasked === null || document.employee?.nir) return document;
  const employee = await call('employees.get', { id: view.employee.id });
  return employee.nir ? { ...document, employee: { ...document.employee, nir: employee.nir } } : document;
}

async function load(id: number): Promise<Loaded> {
  const view = await call('conventions.get', { id });
  const local = readLocal(id);
  if (local && view.status === 'brouillon') {
    return { initial: { ...local, doc: await withRegistryNir(local.doc, view), conventionId: id }, view };
  }
  const document = await withRegistryNir(structuredClone(view.versions.at(-1)!.document) as Doc, view);
  return { initial: { doc: document, conventionId: id, savedJson: JSON.stringify(document), savedAt: null }, view };
}

export function DraftLoader({ id, children }: { id: number; children: (loaded: Loaded) => React.ReactNode }) {
  const [state, setState] = useState<{ id: number; loaded?: Loaded; error?: string } | null>(null);
  useEffect(() => {
    let current = true;
    load(id).then(
      (loaded) => current && setState({ id, loaded }),
      (error: unknown) => current && setState({ id, error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (state?.id !== id) return <Loader aria-label="Chargement du brouillon" />;
  if (state.error !== undefined) {
    return (
      <Alert color="red" role="alert" title="Brouillon introuvable">
        {state.error}
      </Alert>
    );
  }
  return <>{children(state.loaded!)}</>;
}
