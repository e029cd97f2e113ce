/** « Rappeler la demande de renouvellement N mois avant la fin » (0 to 6), saved with the list it changes. */
import { Button, Group, NumberInput, Text } from '@mantine/core';
import { useState } from 'react';
import type { ObligationList } from '../../../../shared/api/obligations-contract';
import { call } from '../../api/transport';
import { useSubmit } from '../convention/actions/useSubmit';

export function RenewalLeadSetting({ value, onSaved }: { value: number; onSaved: (list: ObligationList) => void }) {
  const [months, setMonths] = useState<string | number>(value);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const whole = typeof months === 'number' && Number.isInteger(months) && months >= 0 && months <= 6;
  async function save() {
    setSaved(false);
    if (!whole) return submit.refuse({ renewalLeadMonths: 'Nombre entier de mois attendu, de 0 à 6' });
    const list = await submit.run(() => call('obligations.saveSettings', { renewalLeadMonths: months }));
    if (list) {
      setSaved(true);
      onSaved(list);
    }
  }
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <NumberInput
        label="Rappeler la demande de renouvellement"
        description="Nombre de mois avant la fin de la convention (0 à 6)"
        value={months}
        onChange={(v) => (setMonths(v), setSaved(false), submit.reset())}
        min={0}
        max={6}
        step={1}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="strict"
        suffix=" mois"
        w={300}
        error={submit.fields.renewalLeadMonths ?? submit.error}
      />
      <Button variant="default" onClick={() => void save()} loading={submit.pending} disabled={months === value}>
        Enregistrer
      </Button>
      <Text size="sm" c="green.9" role="status" miw={1}>
        {saved ? 'Réglage enregistré.' : ''}
      </Text>
    </Group>
  );
}
