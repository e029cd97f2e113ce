/**
 * A password or passphrase field. Mantine's PasswordInput leaves its inner
 * input without `aria-invalid` and `aria-describedby` (`withAria: false`):
 * here they are set, pointing at the error (or the description) Mantine
 * renders under the ids it derives from the input's id, so a field in error
 * is announced like every other (issue #17). The show/hide button has a
 * French name.
 */
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useId } from 'react';

export function SecretInput({ id, error, description, ...rest }: PasswordInputProps) {
  const generated = useId();
  const inputId = id ?? `secret-${generated.replace(/:/g, '')}`;
  const hasError = !!error && typeof error !== 'boolean';
  const describedBy = [hasError ? `${inputId}-error` : '', description ? `${inputId}-description` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <PasswordInput
      id={inputId}
      error={error}
      description={description}
      aria-invalid={hasError || undefined}
      aria-describedby={describedBy}
      visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer la saisie' }}
      {...rest}
    />
  );
}
