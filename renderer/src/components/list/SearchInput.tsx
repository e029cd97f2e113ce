import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

interface SearchInputProps {
  value: string;
  onChange: (value: string) => void;
  /** Says what the search looks in, under the field. */
  description: string;
  placeholder?: string;
}

/** The « Rechercher » field of the lists (the list itself debounces the server calls). */
export function SearchInput({ value, onChange, description, placeholder }: SearchInputProps) {
  return (
    <TextInput
      label="Rechercher"
      description={description}
      placeholder={placeholder}
      type="search"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={value ? <CloseButton size="sm" aria-label="Effacer la recherche" onClick={() => onChange('')} /> : null}
      maxLength={100}
      w={{ base: '100%', sm: 380 }}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
