/**
 * The first-start form's request: the name, and for an agency its
 * department and agency code, trimmed and in capitals, checked with the
 * contract's own schema (the same French messages as the service).
 */
import { channels, type ChannelInput } from '../../../../shared/api/contract';
import type { WorkspaceRole } from '../../../../shared/domain/enums';
import { issuesToFieldErrors, type FieldErrors } from './fieldErrors';

const WORKSPACE_FIELDS = ['name', 'department', 'agencyCode', 'passphrase', 'passphraseConfirm'] as const;
export type WorkspaceField = (typeof WORKSPACE_FIELDS)[number];

export interface WorkspaceTyped {
  name: string;
  department: string;
  agencyCode: string;
  /** Encryption at rest: on unless the user turns it off. */
  encrypt: boolean;
  /** Taken as typed, spaces included (never trimmed). */
  passphrase: string;
  passphraseConfirm: string;
}

export type WorkspaceCheck = { ok: true; input: ChannelInput<'workspace.initialize'> } | { ok: false; errors: FieldErrors<WorkspaceField> };

export function workspaceInput(role: WorkspaceRole, typed: WorkspaceTyped): ChannelInput<'workspace.initialize'> {
  const input: ChannelInput<'workspace.initialize'> = { role, name: typed.name.trim(), encrypt: typed.encrypt };
  if (typed.encrypt) input.passphrase = typed.passphrase;
  if (role === 'agence') {
    if (typed.department.trim()) input.department = typed.department.trim().toUpperCase();
    if (typed.agencyCode.trim()) input.agencyCode = typed.agencyCode.trim().toUpperCase();
  }
  return input;
}

/** The request, or the messages of the fields the schema refuses. */
export function checkWorkspace(role: WorkspaceRole, typed: WorkspaceTyped): WorkspaceCheck {
  const input = workspaceInput(role, typed);
  const checked = channels['workspace.initialize'].input.safeParse(input);
  const errors = checked.success ? {} : issuesToFieldErrors(checked.error.issues, WORKSPACE_FIELDS);
  if (typed.encrypt && !errors.passphrase && typed.passphrase !== typed.passphraseConfirm) {
    errors.passphraseConfirm = 'Les deux saisies de la phrase secrète diffèrent';
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input };
}

/** The per-field messages of the service's INVALID_INPUT reply (keyed by path). */
export function serviceFieldErrors(fields: Record<string, string>): FieldErrors<WorkspaceField> {
  return issuesToFieldErrors(
    Object.entries(fields).map(([path, message]) => ({ path: path.split('.'), message })),
    WORKSPACE_FIELDS,
  );
}
