import { Button, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { MEASURE_LABELS } from '../../../../shared/domain/enums';
import { MEASURES, type Measure } from '../../../../shared/rules/vocabulary';

const HINTS: Record<Measure, string> = {
  CAE: 'Secteur non marchand, formulaire CAE-0515 (art. L. 322-4-7, puis L. 5134-20).',
  CAV: 'Bénéficiaires du RMI, de l’ASS, de l’API ou de l’AAH (art. R. 5134-49 : 15 contenus).',
  CAE_DOM: 'Départements d’outre-mer, secteur marchand (décret du 19 mars 2004).',
};

/**
 * The measure comes first: it decides the form's blocks and the rules.
 * `focusOnMount`: shown again by « Effacer et recommencer » (whose button is gone), the choice takes the focus.
 */
export function MeasureChoice({ onChoose, focusOnMount = false }: { onChoose: (m: Measure) => void; focusOnMount?: boolean }) {
  const [measure, setMeasure] = useState<Measure | null>(null);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.querySelector<HTMLElement>('input')?.focus();
  }, [focusOnMount]);
  return (
    <Paper ref={ref} withBorder radius="md" p="lg" component="section" aria-labelledby="measure-title" maw={720}>
      {/* The heading is the group's label: Mantine names the radiogroup after its `label` only. */}
      <Radio.Group
        value={measure ?? ''}
        onChange={(v) => setMeasure(v as Measure)}
        label={
          <Title order={2} size="h4" id="measure-title" mb="md">
            Quelle mesure ?
          </Title>
        }
      >
        <Stack gap="sm">
          {MEASURES.map((m) => (
            <Radio key={m} value={m} label={MEASURE_LABELS[m]} description={HINTS[m]} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed" mt="md" mb="sm">
        Le formulaire suit l’ordre du formulaire CAE-0515 et de ses équivalents pour le contrat d’avenir et le CAE-DOM.
      </Text>
      <Button disabled={measure === null} onClick={() => measure && onChoose(measure)}>
        Commencer la saisie
      </Button>
    </Paper>
  );
}
