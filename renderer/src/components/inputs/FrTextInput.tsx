/**
 * A text field for a value typed the French way (date, amount, percentage,
 * hours): it keeps what the agent types, hands the parsed value up (null
 * while empty or wrong), shows the parse error in French once the field is
 * left, and tidies the text on leaving it.
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Parsed } from '../../../../shared/format/input';

export interface FrTextInputProps<T> extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: T | null | undefined;
  onChange: (value: T | null) => void;
  parse: (text: string) => Parsed<T>;
  format: (value: T | null | undefined) => string;
  /** Messages from elsewhere (the rules), shown under the parse error. */
  error?: ReactNode;
}

interface TextState<T> {
  text: string;
  /** The value this field last handed up (or received): another value means a change from outside. */
  held: T | null | undefined;
  left: boolean;
}

export function FrTextInput<T>({ value, onChange, parse, format, error, onBlur, ...rest }: FrTextInputProps<T>) {
  const [state, setState] = useState<TextState<T>>(() => ({ text: format(value), held: value ?? null, left: false }));
  if ((value ?? null) !== state.held) {
    // Filled from outside (registry, restored draft, proposed rate): show it.
    setState({ text: format(value), held: value ?? null, left: false });
  }
  const parsed = parse(state.text);
  const parseError = !parsed.ok && state.left ? parsed.error : undefined;
  return (
    <TextInput
      {...rest}
      value={state.text}
      autoComplete="off"
      onChange={(event) => {
        const text = event.currentTarget.value;
        const p = parse(text);
        const next = p.ok ? p.value : null;
        setState({ text, held: next, left: false });
        if (next !== (value ?? null)) onChange(next);
      }}
      onBlur={(event) => {
        const p = parse(state.text);
        setState((s) => ({ ...s, left: true, text: p.ok && p.value !== null ? format(p.value) : s.text }));
        onBlur?.(event);
      }}
      error={
        parseError || error ? (
          <>
            {parseError ? <span>{parseError}</span> : null}
            {parseError && error ? <br /> : null}
            {error}
          </>
        ) : undefined
      }
    />
  );
}
