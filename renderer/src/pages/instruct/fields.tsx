/**
 * The form's fields, bound to a document path: value, change, id (for the
 * findings summary's links) and the rules' findings under the field (errors
 * in red, warnings and notes below in orange / grey, each with its legal reference).
 */
import { Checkbox, Group, NativeSelect, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Finding } from '../../../../shared/rules/index';
import { FrAmountInput } from '../../components/inputs/FrAmountInput';
import { FrDateInput } from '../../components/inputs/FrDateInput';
import { FrHoursInput } from '../../components/inputs/FrHoursInput';
import { FrPercentInput } from '../../components/inputs/FrPercentInput';
import { useInstructForm, type InstructForm } from './formContext';
import { fieldId, getPath } from './model';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';

function FindingLine({ finding }: { finding: Finding }) {
  return (
    <span data-finding={finding.code}>
      {finding.message}{' '}
      <Text span size="xs" c="dimmed">
        ({readableLegalRef(finding.legalRef)})
      </Text>
    </span>
  );
}

function lines(list: Finding[]): ReactNode {
  return list.length === 0 ? undefined : list.map((f, i) => <FindingLine key={`${f.code}-${i}`} finding={f} />);
}

/**
 * A group of radios or check boxes in error: Mantine marks only the group's
 * element; each choice says it too (aria-invalid, and its message by
 * aria-describedby), as a screen reader reads the choice that has the focus.
 */
function choiceAria(b: ReturnType<typeof bind>) {
  return b.error ? { 'aria-invalid': true, 'aria-describedby': errorIdOf(b.id) } : {};
}

const errorIdOf = (id: string) => `${id}-error`;

/** Props every field spreads: id, name, findings as error (red) or description (below the input). */
export function bind(form: InstructForm, path: string, hint?: ReactNode) {
  const all = (form.findings.get(path) ?? []).filter((f) => f.code !== 'REQUIRED_FIELD_MISSING' || form.visited(path));
  const errors = all.filter((f) => f.severity === 'error');
  const notes = all.filter((f) => f.severity !== 'error');
  const description =
    hint || notes.length > 0 ? (
      <>
        {hint}
        {notes.map((f, i) => (
          <Text key={`${f.code}-${i}`} component="span" display="block" size="xs" c={f.severity === 'warning' ? 'orange.9' : 'dimmed'}>
            {f.severity === 'warning' ? 'Avertissement : ' : ''}
            <FindingLine finding={f} />
          </Text>
        ))}
      </>
    ) : undefined;
  return {
    id: fieldId(path),
    name: path,
    error: lines(errors),
    description,
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
    disabled: form.readOnly,
  };
}

interface FieldProps {
  path: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function TextField({ path, label, hint, required, maxLength = 200, upper }: FieldProps & { maxLength?: number; upper?: boolean }) {
  const form = useInstructForm();
  return (
    <TextInput
      label={label}
      required={required}
      maxLength={maxLength}
      autoComplete="off"
      {...bind(form, path, hint)}
      value={str(getPath(form.doc, path))}
      onChange={(e) => form.set(path, upper ? e.currentTarget.value.toUpperCase() : e.currentTarget.value)}
    />
  );
}

export function LongTextField({ path, label, hint, required }: FieldProps) {
  const form = useInstructForm();
  return (
    <Textarea
      label={label}
      required={required}
      autosize
      minRows={2}
      maxLength={2000}
      {...bind(form, path, hint)}
      value={str(getPath(form.doc, path))}
      onChange={(e) => form.set(path, e.currentTarget.value)}
    />
  );
}

export function DateField({ path, label, hint, required }: FieldProps) {
  const form = useInstructForm();
  const v = getPath(form.doc, path);
  return (
    <FrDateInput label={label} required={required} {...bind(form, path, hint)} value={typeof v === 'string' ? v : null} onChange={(x) => form.set(path, x)} />
  );
}

export function AmountField({ path, label, hint, required }: FieldProps) {
  const form = useInstructForm();
  const v = getPath(form.doc, path);
  return (
    <FrAmountInput label={label} required={required} {...bind(form, path, hint)} value={typeof v === 'string' ? v : null} onChange={(x) => form.set(path, x)} />
  );
}

export function PercentField({ path, label, hint, required }: FieldProps) {
  const form = useInstructForm();
  const v = getPath(form.doc, path);
  return (
    <FrPercentInput
      label={label}
      required={required}
      {...bind(form, path, hint)}
      value={typeof v === 'string' ? v : null}
      onChange={(x) => form.set(path, x)}
    />
  );
}

export function HoursField({ path, label, hint, required }: FieldProps) {
  const form = useInstructForm();
  const v = getPath(form.doc, path);
  return (
    <FrHoursInput label={label} required={required} {...bind(form, path, hint)} value={typeof v === 'number' ? v : null} onChange={(x) => form.set(path, x)} />
  );
}

export function SelectField({ path, label, hint, required, options }: FieldProps & { options: readonly (readonly [string, string])[] }) {
  const form = useInstructForm();
  return (
    <NativeSelect
      label={label}
      required={required}
      {...bind(form, path, hint)}
      value={str(getPath(form.doc, path))}
      onChange={(e) => form.set(path, e.currentTarget.value)}
      data={[{ value: '', label: '— choisir —' }, ...options.map(([value, l]) => ({ value, label: l }))]}
    />
  );
}

/** A yes/no question of the form (« Le salarié est-il inscrit à l’ANPE ? »): unanswered until a choice. */
export function YesNoField({ path, label, hint }: FieldProps) {
  const form = useInstructForm();
  const v = getPath(form.doc, path);
  const b = bind(form, path, hint);
  const aria = choiceAria(b);
  return (
    <Radio.Group
      label={label}
      id={b.id}
      error={b.error}
      errorProps={{ id: errorIdOf(b.id) }}
      description={b.description}
      inputWrapperOrder={b.inputWrapperOrder}
      value={v === true ? 'oui' : v === false ? 'non' : ''}
      onChange={(x) => form.set(path, x === 'oui')}
    >
      <Group gap="lg" mt={4}>
        <Radio value="oui" label="Oui" name={path} disabled={form.readOnly} {...aria} />
        <Radio value="non" label="Non" name={path} disabled={form.readOnly} {...aria} />
      </Group>
    </Radio.Group>
  );
}

/** Check boxes for a list of choices; `vertical` puts long labels one per line. */
export function ChecksField({ path, label, hint, options, vertical }: FieldProps & { options: readonly (readonly [string, string])[]; vertical?: boolean }) {
  const form = useInstructForm();
  const v = getPath(form.doc, path);
  const b = bind(form, path, hint);
  const aria = choiceAria(b);
  return (
    <Checkbox.Group
      label={label}
      id={b.id}
      error={b.error}
      errorProps={{ id: errorIdOf(b.id) }}
      description={b.description}
      inputWrapperOrder={b.inputWrapperOrder}
      value={Array.isArray(v) ? (v as string[]) : []}
      onChange={(x) => form.set(path, x.length > 0 ? x : null)}
    >
      {vertical ? (
        <Stack gap={6} mt={4}>
          {options.map(([value, l]) => (
            <Checkbox key={value} value={value} label={l} name={path} disabled={form.readOnly} {...aria} />
          ))}
        </Stack>
      ) : (
        <Group gap="lg" mt={4}>
          {options.map(([value, l]) => (
            <Checkbox key={value} value={value} label={l} name={path} disabled={form.readOnly} {...aria} />
          ))}
        </Group>
      )}
    </Checkbox.Group>
  );
}
