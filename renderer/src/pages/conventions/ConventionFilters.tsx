import { Group, NativeSelect, TextInput } from '@mantine/core';
import { memo } from 'react';
import { CONVENTION_STATUSES, CONVENTION_STATUS_LABELS, MEASURE_LABELS, type ConventionStatus } from '../../../../shared/domain/enums';
import { MEASURES, type Measure } from '../../../../shared/rules/vocabulary';
import { FrDateInput } from '../../components/inputs/FrDateInput';
import { EmployerFilter } from './EmployerFilter';
import { datesError, departmentError, type ConventionCriteria, type ConventionListForm } from './conventionListFilters';

interface ConventionFiltersProps {
  form: ConventionCriteria;
  onChange: (patch: Partial<ConventionListForm>) => void;
}

const measureOptions = [{ value: '', label: 'Toutes les mesures' }, ...MEASURES.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))];
const statusOptions = [{ value: '', label: 'Tous les statuts' }, ...CONVENTION_STATUSES.map((s) => ({ value: s, label: CONVENTION_STATUS_LABELS[s] }))];

function isMeasure(value: string): value is Measure {
  return (MEASURES as readonly string[]).includes(value);
}

function isStatus(value: string): value is ConventionStatus {
  return (CONVENTION_STATUSES as readonly string[]).includes(value);
}

/** Memoised: a keystroke in the search does not draw the filters again. */
export const ConventionFilters = memo(function ConventionFilters({ form, onChange }: ConventionFiltersProps) {
  return (
    <>
      <NativeSelect
        label="Mesure"
        data={measureOptions}
        value={form.measure ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ measure: isMeasure(value) ? value : undefined });
        }}
        w={{ base: '100%', sm: 300 }}
      />
      <NativeSelect
        label="Statut"
        data={statusOptions}
        value={form.status ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ status: isStatus(value) ? value : undefined });
        }}
        w={{ base: '100%', sm: 180 }}
      />
      <EmployerFilter value={form.employerId} onChange={(employerId) => onChange({ employerId })} />
      <TextInput
        label="Département"
        placeholder="ex. 974"
        value={form.department}
        onChange={(event) => onChange({ department: event.currentTarget.value })}
        error={departmentError(form)}
        maxLength={3}
        autoComplete="off"
        w={110}
      />
      <Group gap="xs" align="flex-start" role="group" aria-label="Fin entre deux dates">
        <FrDateInput label="Fin entre le" value={form.endsFrom ?? null} onChange={(endsFrom) => onChange({ endsFrom: endsFrom ?? undefined })} w={150} />
        <FrDateInput
          label="et le"
          value={form.endsTo ?? null}
          onChange={(endsTo) => onChange({ endsTo: endsTo ?? undefined })}
          error={datesError(form)}
          w={150}
        />
      </Group>
    </>
  );
});
