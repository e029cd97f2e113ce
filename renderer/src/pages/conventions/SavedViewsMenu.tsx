/**
 * « Vues enregistrées »: the search, filters and sort of the list kept under
 * a name (in the workspace), applied in one click, deleted when no longer
 * useful.
 */
import { ActionIcon, Button, Divider, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconBookmark, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChannelOutput, ConventionListFilters } from '../../../../shared/api/contract';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { useApiQuery } from '../../api/useApiQuery';

type SavedView = ChannelOutput<'views.list'>[number];

interface SavedViewsMenuProps {
  current: ConventionListFilters;
  onApply: (filters: ConventionListFilters) => void;
}

export function SavedViewsMenu({ current, onApply }: SavedViewsMenuProps) {
  const [opened, setOpened] = useState(false);
  const { shown, error, run } = useSavedViews();
  // Kept here, not in the form: the dropdown unmounts when closed, the name typed stays.
  const [name, setName] = useState('');

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} trapFocus withArrow shadow="md">
      <Popover.Target>
        <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />} onClick={() => setOpened((o) => !o)} aria-expanded={opened}>
          Vues enregistrées
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label="Vues enregistrées" role="dialog">
        <Stack gap="xs">
          <SavedViewList
            views={shown}
            onApply={(view) => {
              onApply(view.filters);
              setOpened(false);
            }}
            onDelete={(view) => void run(() => call('views.delete', { name: view.name }))}
          />
          <Divider />
          <SaveViewForm
            name={name}
            onNameChange={setName}
            onSave={() => {
              void run(() => call('views.save', { name, filters: current })).then((saved) => {
                if (saved) setName('');
              });
            }}
          />
          {error ? (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          ) : null}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/**
 * The views stored, then as each write returns them; `run` makes a write and
 * tells whether it succeeded (else `error` says why).
 */
function useSavedViews() {
  const stored = useApiQuery('views.list', {});
  const [views, setViews] = useState<SavedView[]>();
  const [error, setError] = useState<string>();
  const shown = views ?? stored.data ?? [];

  const run = async (write: () => Promise<SavedView[]>) => {
    try {
      setViews(await write());
      setError(undefined);
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
  };
  return { shown, error, run };
}

function SavedViewList({ views, onApply, onDelete }: { views: SavedView[]; onApply: (view: SavedView) => void; onDelete: (view: SavedView) => void }) {
  if (views.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Aucune vue enregistrée.
      </Text>
    );
  }
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {views.map((view) => (
        <Group component="li" key={view.name} gap="xs" wrap="nowrap" justify="space-between">
          <Button
            variant="subtle"
            size="compact-sm"
            aria-label={`Appliquer la vue ${view.name}`}
            onClick={() => onApply(view)}
            style={{ flex: 1, justifyContent: 'flex-start' }}
          >
            {view.name}
          </Button>
          <ActionIcon variant="subtle" color="red" aria-label={`Supprimer la vue ${view.name}`} onClick={() => onDelete(view)}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}

function SaveViewForm({ name, onNameChange, onSave }: { name: string; onNameChange: (name: string) => void; onSave: () => void }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Nom de la vue"
          description="Enregistre la recherche, les filtres et le tri actuels"
          value={name}
          onChange={(event) => onNameChange(event.currentTarget.value)}
          maxLength={60}
          style={{ flex: 1 }}
        />
        <Button type="submit">Enregistrer</Button>
      </Group>
    </form>
  );
}
