import { Alert, DataList, Stack, Text } from '@mantine/core';
import type { WorkspaceState } from '../../../../shared/api/contract';
import { WORKSPACE_ROLE_LABELS } from '../../../../shared/domain/enums';
import { formatDateFr } from '../../../../shared/format/date';
import { LeaveDemoButton } from '../../components/LeaveDemoButton';
import { SettingsSection } from './SettingsSection';

function Item({ label, value }: { label: string; value: string }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
}

export function WorkspaceSection({ state }: { state: WorkspaceState }) {
  const ws = state.workspace;
  if (!ws) return null;
  return (
    <SettingsSection title="Espace de travail">
      <Stack gap="md">
        <DataList labelWidth={220} withDivider>
          <Item label="Nom" value={ws.name} />
          <Item label="Rôle" value={WORKSPACE_ROLE_LABELS[ws.role]} />
          <Item label="Département" value={ws.department ?? 'Non renseigné'} />
          <Item label="Code agence ou prescripteur" value={ws.agencyCode ?? 'Non renseigné'} />
          <Item label="Créé le" value={formatDateFr(ws.createdAt.slice(0, 10))} />
        </DataList>
        {state.active === 'demo' ? (
          <Alert color="yellow" variant="light" title="Espace de démonstration">
            <Text size="sm" mb="sm">
              Ces données sont fictives. Quittez la démonstration pour retrouver votre propre espace de travail.
            </Text>
            <LeaveDemoButton variant="default" size="sm" />
          </Alert>
        ) : null}
      </Stack>
    </SettingsSection>
  );
}
