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
import { docWithNir, localCopyWithNir } from './localCopy';
import { readLocal, type Doc, type LocalDraft } from './model';

export interface Loaded {
  initial: LocalDraft;
  view: ConventionView;
}

/** Neither the service's documents nor the local copy hold the NIR: it is read (and the reading logged) from the registry. */
async function registryNir(document: Doc, view: ConventionView): Promise<string | null> {
  if (view.employee.nirMasked === null || document.employee?.nir) return null;
  const employee = await call('employees.get', { id: view.employee.id });
  return employee.nir || null;
}

async function load(id: number): Promise<Loaded> {
  const view = await call('conventions.get', { id });
  const local = readLocal(id);
  if (local && view.status === 'brouillon') {
    const nir = await registryNir(local.doc, view);
    return { initial: { ...(nir ? localCopyWithNir(local, nir) : local), conventionId: id }, view };
  }
  const stored = structuredClone(view.versions.at(-1)!.document) as Doc;
  const nir = await registryNir(stored, view);
  const document = nir ? docWithNir(stored, nir) : stored;
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
