/**
 * « Rechercher dans le registre »: a search field over a registry list
 * (employers or employees) and its first results as buttons; picking one
 * hands its id up for the form to fill the fields.
 */
import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useApiQuery } from '../../api/useApiQuery';

interface Item {
  id: number;
  title: string;
  detail: string;
}

interface RegistrySearchProps {
  channel: 'employers.list' | 'employees.list';
  label: string;
  description: string;
  onPick: (id: number) => void;
  disabled?: boolean;
}

function Results({
  channel,
  search,
  onPick,
  toItem,
}: {
  channel: RegistrySearchProps['channel'];
  search: string;
  onPick: (id: number) => void;
  toItem: (x: unknown) => Item;
}) {
  const result = useApiQuery(channel, { search, limit: 5 });
  let body: ReactNode;
  if (result.error)
    body = (
      <Text size="sm" c="red">
        {result.error}
      </Text>
    );
  else if (!result.data) body = <Loader size="xs" aria-label="Recherche en cours" />;
  else if (result.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        Aucun résultat dans le registre : saisissez les informations ci-dessous.
      </Text>
    );
  else
    body = (
      <Stack gap={4} role="list" aria-label="Résultats du registre">
        {result.data.items.map((raw) => {
          const item = toItem(raw);
          return (
            <Group key={item.id} role="listitem" gap="xs" wrap="nowrap">
              <Button variant="subtle" size="compact-sm" onClick={() => onPick(item.id)} aria-label={`Reprendre ${item.title}`}>
                Reprendre
              </Button>
              <Text size="sm">
                <strong>{item.title}</strong> — {item.detail}
              </Text>
            </Group>
          );
        })}
      </Stack>
    );
  return <div aria-live="polite">{body}</div>;
}

function toItemOf(channel: RegistrySearchProps['channel']): (x: unknown) => Item {
  if (channel === 'employers.list') {
    return (x) => {
      const e = x as { id: number; name: string; siret: string; city: string | null; conventions: number };
      return { id: e.id, title: e.name, detail: `SIRET ${e.siret}${e.city ? `, ${e.city}` : ''} · ${e.conventions} convention(s)` };
    };
  }
  return (x) => {
    const e = x as { id: number; fullName: string; nirMasked: string | null; birthDate: string; conventions: number };
    return {
      id: e.id,
      title: e.fullName,
      detail: `né(e) le ${e.birthDate.split('-').reverse().join('/')}${e.nirMasked ? `, NIR ${e.nirMasked}` : ''} · ${e.conventions} convention(s)`,
    };
  };
}

export function RegistrySearch({ channel, label, description, onPick, disabled }: RegistrySearchProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  return (
    <Stack gap={6}>
      <TextInput
        label={label}
        description={description}
        type="search"
        value={search}
        disabled={disabled}
        onChange={(e) => setSearch(e.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        maxLength={100}
        autoComplete="off"
      />
      {debounced.length >= 2 ? (
        <Results
          channel={channel}
          search={debounced}
          toItem={toItemOf(channel)}
          onPick={(id) => {
            setSearch('');
            onPick(id);
          }}
        />
      ) : null}
    </Stack>
  );
}
