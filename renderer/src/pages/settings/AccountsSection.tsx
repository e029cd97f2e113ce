/**
 * « Comptes »: off until the first account, an administrateur, is created
 * here; from then on the workspace asks for sign-in. An administrateur adds
 * accounts (administrateur, instructeur, lecture seule), gives a new password
 * to one who lost it, and sets the minutes of inactivity before the lock.
 */
import { Alert, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { IconLogout, IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ACCOUNT_ROLE_LABELS, ACCOUNT_ROLES, LOCK_MINUTES_RANGE, PASSWORD_MIN_LENGTH, type AccountRole } from '../../../../shared/api/accounts-contract';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAccountsStore } from '../../store/accounts';
import { SettingsFact, SettingsFacts, SettingsSection } from './SettingsSection';
import { SecretInput } from '../../components/inputs/SecretInput';

type Account = ChannelOutput<'accounts.list'>[number];

/** Runs a form's call: pending while it runs, its French error kept for the form. */
function useSubmit() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function run(action: () => Promise<void>) {
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }
  return { pending, error, setError, run };
}

function FormError({ error, title }: { error: string | undefined; title: string }) {
  return error ? (
    <Alert color="red" variant="light" role="alert" title={title}>
      {error}
    </Alert>
  ) : null;
}

/** Identifiant, nom affiché, rôle (not for the first account: an administrateur), mot de passe twice. */
function AccountForm({ first, onCreated }: { first: boolean; onCreated: () => void }) {
  const apply = useAccountsStore((s) => s.apply);
  const [form, setForm] = useState({ login: '', displayName: '', role: 'instructeur' as AccountRole, password: '', confirm: '' });
  const { pending, error, setError, run } = useSubmit();
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (form.password !== form.confirm) return setError('Les deux mots de passe saisis diffèrent.');
    void run(async () => {
      const status = await call('accounts.create', {
        login: form.login,
        displayName: form.displayName,
        role: first ? 'administrateur' : form.role,
        password: form.password,
      });
      if (first) apply(status);
      setForm({ login: '', displayName: '', role: 'instructeur', password: '', confirm: '' });
      onCreated();
    });
  }
  return (
    <form onSubmit={submit} noValidate aria-label={first ? 'Premier compte' : 'Nouveau compte'}>
      <Stack gap="sm" maw={460}>
        <FormError error={error} title="Compte non créé" />
        <TextInput label="Identifiant" description="Lettres sans accent, chiffres, points ou tirets" autoComplete="off" {...field('login')} />
        <TextInput label="Nom affiché" description="Le nom inscrit au journal pour chaque modification" {...field('displayName')} />
        {first ? null : (
          <Select
            label="Rôle"
            data={ACCOUNT_ROLES.map((r) => ({ value: r, label: ACCOUNT_ROLE_LABELS[r] }))}
            value={form.role}
            onChange={(v) => setForm({ ...form, role: (v ?? 'instructeur') as AccountRole })}
            allowDeselect={false}
          />
        )}
        <SecretInput label="Mot de passe" description={`${PASSWORD_MIN_LENGTH} caractères au moins`} autoComplete="new-password" {...field('password')} />
        <SecretInput label="Confirmation du mot de passe" autoComplete="new-password" {...field('confirm')} />
        <Group>
          <Button type="submit" loading={pending} leftSection={<IconUserPlus size={18} aria-hidden />}>
            {first ? 'Créer le compte administrateur' : 'Ajouter le compte'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ResetPassword({ account, onClose }: { account: Account; onClose: () => void }) {
  const [password, setPassword] = useState('');
  const { pending, error, run } = useSubmit();
  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await call('accounts.resetPassword', { login: account.login, password });
      onClose();
    });
  }
  return (
    <AppModal opened onClose={onClose} title={`Nouveau mot de passe pour ${account.displayName}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError error={error} title="Mot de passe inchangé" />
          <SecretInput
            label="Nouveau mot de passe"
            description={`${PASSWORD_MIN_LENGTH} caractères au moins`}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Annuler
            </Button>
            <Button type="submit" loading={pending}>
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function LockMinutes({ minutes }: { minutes: number }) {
  const apply = useAccountsStore((s) => s.apply);
  const [value, setValue] = useState<number | string>(minutes);
  const { pending, error, run } = useSubmit();
  const save = () => void run(async () => apply(await call('accounts.saveSettings', { lockMinutes: Number(value) })));
  return (
    <Stack gap="xs" maw={460}>
      <FormError error={error} title="Réglage non enregistré" />
      <Group align="flex-end">
        <NumberInput
          label="Verrouillage après inactivité (minutes)"
          min={LOCK_MINUTES_RANGE.min}
          max={LOCK_MINUTES_RANGE.max}
          value={value}
          onChange={setValue}
          w={280}
        />
        <Button variant="default" onClick={save} loading={pending}>
          Enregistrer
        </Button>
      </Group>
    </Stack>
  );
}

function AccountsAdmin({ lockMinutes }: { lockMinutes: number }) {
  const list = useApiQuery('accounts.list', {});
  const [resetting, setResetting] = useState<Account | null>(null);
  return (
    <Stack gap="md">
      {list.error ? <ApiErrorAlert message={list.error} /> : null}
      <Table withTableBorder aria-label="Comptes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Identifiant</Table.Th>
            <Table.Th>Nom affiché</Table.Th>
            <Table.Th>Rôle</Table.Th>
            <Table.Th>Mot de passe</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((a) => (
            <Table.Tr key={a.login}>
              <Table.Td>{a.login}</Table.Td>
              <Table.Td>{a.displayName}</Table.Td>
              <Table.Td>{ACCOUNT_ROLE_LABELS[a.role] + (a.locked ? ' (verrouillé)' : '')}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" onClick={() => setResetting(a)}>
                  Réinitialiser
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {resetting ? (
        <ResetPassword
          account={resetting}
          onClose={() => {
            setResetting(null);
            list.reload();
          }}
        />
      ) : null}
      <LockMinutes minutes={lockMinutes} />
      <Text fw={600}>Ajouter un compte</Text>
      <AccountForm first={false} onCreated={list.reload} />
    </Stack>
  );
}

export function AccountsSection() {
  const status = useAccountsStore((s) => s.status);
  const signOut = useAccountsStore((s) => s.signOut);
  if (!status) return null;
  if (!status.enabled) {
    return (
      <SettingsSection title="Comptes">
        <Stack gap="sm">
          <Text>
            Sans compte, l'espace de travail s'ouvre sans connexion et les modifications sont inscrites à son nom. Créez un premier compte, administrateur, pour
            exiger un identifiant et un mot de passe : chaque modification portera alors le nom du compte connecté.
          </Text>
          <AccountForm first onCreated={() => undefined} />
        </Stack>
      </SettingsSection>
    );
  }
  const me = status.signedIn;
  return (
    <SettingsSection title="Comptes">
      <Stack gap="md">
        <SettingsFacts>
          <SettingsFact label="Connecté">{me ? `${me.displayName} (${ACCOUNT_ROLE_LABELS[me.role]})` : '—'}</SettingsFact>
          <SettingsFact label="Verrouillage">{`après ${status.lockMinutes} minutes d'inactivité, et 15 minutes après 5 essais manqués`}</SettingsFact>
        </SettingsFacts>
        <Group>
          <Button variant="default" leftSection={<IconLogout size={18} aria-hidden />} onClick={() => void signOut()}>
            Se déconnecter
          </Button>
        </Group>
        {me?.role === 'administrateur' ? <AccountsAdmin lockMinutes={status.lockMinutes} /> : null}
      </Stack>
    </SettingsSection>
  );
}
