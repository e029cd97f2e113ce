import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { call } from '../../api/transport';
import { useApiQuery } from '../../api/useApiQuery';

interface EmployerFilterProps {
  value: number | undefined;
  onChange: (employerId: number | undefined) => void;
}

interface Known {
  id: number;
  name: string;
}

/** « Employeur »: a select that searches the registry as the agent types (name, SIRET, town). */
export function EmployerFilter({ value, onChange }: EmployerFilterProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const list = useApiQuery('employers.list', { search: debounced || undefined, limit: 20, offset: 0 });
  const [known, setKnown] = useState<Known>();

  // An employer set from a saved view: fetch its name, so the field can show it.
  useEffect(() => {
    if (value === undefined || known?.id === value) return;
    let live = true;
    call('employers.get', { id: value }).then(
      (employer) => {
        if (live) setKnown({ id: employer.id, name: employer.name });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value, known]);

  const found = list.data?.items ?? [];
  const options = [...(known && !found.some((e) => e.id === known.id) ? [known] : []), ...found];
  return (
    <Select
      label="Employeur"
      placeholder="Tous les employeurs"
      searchable
      clearable
      data={options.map((e) => ({ value: String(e.id), label: e.name }))}
      value={value === undefined ? null : String(value)}
      onChange={(next, option) => {
        if (next && option) setKnown({ id: Number(next), name: option.label });
        onChange(next ? Number(next) : undefined);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage="Aucun employeur"
      clearButtonProps={{ 'aria-label': "Effacer l'employeur" }}
      w={{ base: '100%', sm: 260 }}
    />
  );
}
