/** Pieces every action form shares: a French date field, the refusal alert, the buttons. */
import { Alert, Button, Group, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { DATE_HINT } from '../dates';

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  description?: string;
}

export function DateField({ label, value, onChange, error, required = true, description }: DateFieldProps) {
  return (
    <TextInput
      label={label}
      description={description ?? DATE_HINT}
      placeholder="JJ/MM/AAAA"
      required={required}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      maxLength={10}
      inputMode="numeric"
      autoComplete="off"
    />
  );
}

/** The services' messages cite dates as `YYYY-MM-DD`: shown `JJ/MM/AAAA` like every date of the app. */
export const withFrenchDates = (message: string) => message.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1');

export function RefusalAlert({ message, title = 'L’action a été refusée' }: { message: string | undefined; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      {withFrenchDates(message)}
    </Alert>
  );
}

export function FormButtons({
  submit,
  pending,
  onCancel,
  disabled = false,
  color,
}: {
  submit: string;
  pending: boolean;
  onCancel: () => void;
  disabled?: boolean;
  /** `red` for an action that cannot be undone. */
  color?: 'red';
}) {
  return (
    <Group justify="flex-end" mt="md">
      <Button variant="default" onClick={onCancel} disabled={pending}>
        Annuler
      </Button>
      <Button type="submit" loading={pending} disabled={disabled} color={color}>
        {submit}
      </Button>
    </Group>
  );
}
