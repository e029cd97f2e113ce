/**
 * `#/etablissements` (employer workspace): the organisation's profile — status,
 * collector, bank account (masked), the person who signs its documents — and
 * its establishments, one SIRET each, which its conventions name.
 */
import { Alert, Button, DataList, Group, Paper, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconBuildingPlus, IconCircleCheck, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProfileView } from '../../../../shared/api/employer-contract';
import { EMPLOYER_STATUS_LABELS } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { EstablishmentForm } from './EstablishmentForm';
import { groupSiret } from './formInput';
import { ProfileForm } from './ProfileForm';

type Profile = NonNullable<ProfileView['profile']>;
type Establishment = ProfileView['establishments'][number];
type Open = { kind: 'profile' } | { kind: 'establishment'; establishment: Establishment | null };

const collectorText = (p: Profile) => (p.collector === 'AUTRE' ? `Autre : ${p.collectorName ?? ''}` : p.collector);

function ProfileFacts({ profile }: { profile: Profile }) {
  return (
    <DataList labelWidth={240} withDivider>
      {[
        ['Nom de l’organisme', profile.name],
        ['Statut (tableau 1)', EMPLOYER_STATUS_LABELS[profile.status]],
        ['Organisme de recouvrement', collectorText(profile)],
        ['IBAN', profile.ibanMasked ?? 'Non renseigné'],
        ['Signataire des documents', `${profile.signatoryName}, ${profile.signatoryQuality}`],
      ].map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

function ProfileSection({ profile, onEdit }: { profile: Profile | null; onEdit: () => void }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profil-titre">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3" id="profil-titre">
          Profil de l’organisme
        </Title>
        <Button variant={profile ? 'default' : 'filled'} leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
          {profile ? 'Modifier le profil' : 'Renseigner le profil'}
        </Button>
      </Group>
      {profile ? (
        <ProfileFacts profile={profile} />
      ) : (
        <Text size="sm" c="dimmed">
          Renseignez votre organisme : son statut, son organisme de recouvrement, le compte sur lequel l’aide est versée et la personne qui signe vos documents.
        </Text>
      )}
    </Paper>
  );
}

function EstablishmentsTable({ items, onEdit }: { items: Establishment[]; onEdit: (e: Establishment) => void }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label="Liste des établissements">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>N° SIRET</Table.Th>
            <Table.Th>Nom</Table.Th>
            <Table.Th>Adresse</Table.Th>
            <Table.Th ta="right">Conventions</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{groupSiret(e.siret)}</Table.Td>
              <Table.Td fw={500}>{e.name}</Table.Td>
              <Table.Td>{[e.address, [e.postalCode, e.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '—'}</Table.Td>
              <Table.Td ta="right">{e.conventions}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="subtle" onClick={() => onEdit(e)} aria-label={`Modifier ${e.name}`}>
                  Modifier
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function EstablishmentsSection({ view, onOpen }: { view: ProfileView; onOpen: (e: Establishment | null) => void }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="etablissements-titre">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3" id="etablissements-titre">
          Établissements
        </Title>
        <Button leftSection={<IconBuildingPlus size={16} aria-hidden />} onClick={() => onOpen(null)} disabled={!view.profile}>
          Ajouter un établissement
        </Button>
      </Group>
      {!view.profile ? (
        <Text size="sm" c="dimmed" mb="sm">
          Chaque établissement reprend le statut, l’organisme de recouvrement et l’IBAN du profil : renseignez d’abord le profil.
        </Text>
      ) : null}
      {view.establishments.length > 0 ? (
        <EstablishmentsTable items={view.establishments} onEdit={onOpen} />
      ) : (
        <Text size="sm" c="dimmed">
          Aucun établissement pour l’instant. Ajoutez-en un, ou importez le dossier de conventions de l’agence (Échanges).
        </Text>
      )}
    </Paper>
  );
}

export function EstablishmentsPage() {
  const query = useApiQuery('profile.get', {});
  const [saved, setSaved] = useState<{ view: ProfileView; base: ProfileView | undefined; text: string }>();
  const [open, setOpen] = useState<Open | null>(null);
  const view = saved && saved.base === query.data ? saved.view : query.data;
  const done = (v: ProfileView, text: string) => {
    setSaved({ view: v, base: query.data, text });
    setOpen(null);
    query.reload();
  };
  const header = (
    <PageHeader title="Établissements" description="Votre organisme, la personne qui signe vos documents, et vos établissements (un SIRET chacun)." />
  );
  if (!view) {
    return (
      <>
        {header}
        {query.error ? <ApiErrorAlert message={query.error} onRetry={query.reload} /> : <Skeleton height={240} aria-label="Chargement du profil" />}
      </>
    );
  }
  return (
    <>
      {header}
      <Stack gap="lg">
        {saved ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {saved.text}
          </Alert>
        ) : null}
        <ProfileSection profile={view.profile} onEdit={() => setOpen({ kind: 'profile' })} />
        <EstablishmentsSection view={view} onOpen={(establishment) => setOpen({ kind: 'establishment', establishment })} />
      </Stack>
      {open?.kind === 'profile' ? <ProfileForm profile={view.profile} onClose={() => setOpen(null)} onSaved={(v) => done(v, 'Profil enregistré.')} /> : null}
      {open?.kind === 'establishment' ? (
        <EstablishmentForm establishment={open.establishment} onClose={() => setOpen(null)} onSaved={(v) => done(v, 'Établissement enregistré.')} />
      ) : null}
    </>
  );
}
