/** « Et si… » : what the employer would repay if the convention ended today, on its initiative or after a dénonciation, with the article and the trace. */
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconHelpHexagon } from '@tabler/icons-react';
import type { ConventionAid } from '../../../../shared/api/aids-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { formatCents } from '../../../../shared/format/money';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';
import { TraceDetails } from './TraceDetails';

type WhatIf = NonNullable<ConventionAid['whatIf']>;
type Outcome = WhatIf['rupture'];

const TITLES: Record<Outcome['scenario'], string> = {
  RUPTURE: 'Rupture à l’initiative de l’employeur aujourd’hui',
  DENUNCIATION: 'Dénonciation de la convention aujourd’hui',
};

function OutcomeCard({ outcome }: { outcome: Outcome }) {
  return (
    <Card withBorder padding="sm" component="article" aria-label={TITLES[outcome.scenario]}>
      <Stack gap={6}>
        <Title order={3} size="h5">
          {TITLES[outcome.scenario]}
        </Title>
        <Group gap="lg">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Aide à reverser
            </Text>
            <Text fw={700} size="lg">
              {formatCents(outcome.amountCents)}
            </Text>
          </div>
          {outcome.kind === 'FULL' ? (
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Assiette exonérée
              </Text>
              <Text fw={700} size="lg">
                {formatCents(outcome.exemptedBaseCents)}
              </Text>
            </div>
          ) : null}
          {outcome.due ? (
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Cotisations exigibles le
              </Text>
              <Text fw={700} size="lg">
                {formatDateFr(outcome.due)}
              </Text>
            </div>
          ) : null}
        </Group>
        <Text size="sm">{outcome.summary}</Text>
        <Text size="xs" c="dimmed">
          Référence : {readableLegalRef(outcome.legalRef)}
        </Text>
        {outcome.trace ? <TraceDetails trace={outcome.trace} summary="Le calcul" /> : null}
      </Stack>
    </Card>
  );
}

export function WhatIfPanel({ whatIf, today }: { whatIf: WhatIf; today: string }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="aids-what-if">
      <Group gap="xs">
        <IconHelpHexagon size={20} aria-hidden />
        <Title order={3} size="h4" id="aids-what-if">
          Et si… la convention prenait fin aujourd’hui ({formatDateFr(today)}) ?
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        Simulation selon les règles : rien n’est enregistré. Versements reçus enregistrés avant aujourd’hui : {formatCents(whatIf.receivedBeforeCents)}.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <OutcomeCard outcome={whatIf.rupture} />
        <OutcomeCard outcome={whatIf.denunciation} />
      </SimpleGrid>
    </Stack>
  );
}
