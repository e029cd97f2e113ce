/** The first-start form's state: what is typed, the messages, and which of its two actions is running. */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { WorkspaceRole } from '../../../../shared/domain/enums';
import { errorMessage } from '../../api/errors';
import { ApiCallError } from '../../api/transport';
import { useWorkspaceStore } from '../../store/workspace';
import type { FieldErrors } from './fieldErrors';
import { checkWorkspace, serviceFieldErrors, type WorkspaceField, type WorkspaceTyped } from './workspaceInput';

type Pending = 'create' | 'demo' | null;

export function useWorkspaceForm(role: WorkspaceRole) {
  const initialize = useWorkspaceStore((s) => s.initialize);
  const openDemo = useWorkspaceStore((s) => s.openDemo);
  const [typed, setTyped] = useState<WorkspaceTyped>({ name: '', department: '', agencyCode: '', encrypt: true, passphrase: '', passphraseConfirm: '' });
  const [errors, setErrors] = useState<FieldErrors<WorkspaceField>>({});
  const [pending, setPending] = useState<Pending>(null);

  /** What the input of a field gets: what is typed, its change, its message; every field shown is required. */
  const field = (name: Exclude<WorkspaceField, 'encrypt'>) => ({
    required: true,
    value: typed[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setTyped((t) => ({ ...t, [name]: value }));
    },
    error: errors[name],
  });

  /** The « Chiffrer la base » choice, on by default. */
  const encrypt = {
    checked: typed.encrypt,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const checked = event.currentTarget.checked;
      setTyped((t) => ({ ...t, encrypt: checked }));
    },
  };

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkWorkspace(role, typed);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setPending('create');
    try {
      await initialize(checked.input);
    } catch (error) {
      setErrors(error instanceof ApiCallError && Object.keys(error.fields).length ? serviceFieldErrors(error.fields) : { general: errorMessage(error) });
      setPending(null);
    }
  }

  async function demo() {
    setErrors({});
    setPending('demo');
    try {
      await openDemo(role);
    } catch (error) {
      setErrors({ general: errorMessage(error) });
      setPending(null);
    }
  }

  return { field, encrypt, errors, pending, create, demo };
}
