import { NativeSelect } from '@mantine/core';
import {
  CONVENTION_STATUSES,
  CONVENTION_STATUS_LABELS,
  MEASURES,
  MEASURE_LABELS,
  type ConventionStatus,
  type Measure,
} from '../../../../shared/domain/enums';

interface ConventionFiltersProps {
  measure: Measure | undefined;
  status: ConventionStatus | undefined;
  onMeasureChange: (measure: Measure | undefined) => void;
  onStatusChange: (status: ConventionStatus | undefined) => void;
}

const measureOptions = [
  { value: '', label: 'Toutes les mesures' },
  ...MEASURES.map((m) => ({ value: m, label: MEASURE_LABELS[m] })),
];
const statusOptions = [
  { value: '', label: 'Tous les statuts' },
  ...CONVENTION_STATUSES.map((s) => ({ value: s, label: CONVENTION_STATUS_LABELS[s] })),
];

function isMeasure(value: string): value is Measure {
  return (MEASURES as readonly string[]).includes(value);
}

function isStatus(value: string): value is ConventionStatus {
  return (CONVENTION_STATUSES as readonly string[]).includes(value);
}

export function ConventionFilters({ measure, status, onMeasureChange, onStatusChange }: ConventionFiltersProps) {
  return (
    <>
      <NativeSelect
        label="Mesure"
        data={measureOptions}
        value={measure ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onMeasureChange(isMeasure(value) ? value : undefined);
        }}
        w={{ base: '100%', sm: 300 }}
      />
      <NativeSelect
        label="Statut"
        data={statusOptions}
        value={status ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onStatusChange(isStatus(value) ? value : undefined);
        }}
        w={{ base: '100%', sm: 180 }}
      />
    </>
  );
}
