import { Alert, Stack, Text } from '@mantine/core';
import type { WorkspaceState } from '../../../../shared/api/contract';
import { WORKSPACE_ROLE_LABELS } from '../../../../shared/domain/enums';
import { formatDateFr } from '../../../../shared/format/date';
import { LeaveDemoButton } from '../../components/LeaveDemoButton';
import { SettingsFact, SettingsFacts, SettingsSection } from './SettingsSection';

export function WorkspaceSection({ state }: { state: WorkspaceState }) {
  const ws = state.workspace;
  if (!ws) return null;
  return (
    <SettingsSection title="Espace de travail">
      <Stack gap="md">
        <SettingsFacts>
          <SettingsFact label="Nom">{ws.name}</SettingsFact>
          <SettingsFact label="Rôle">{WORKSPACE_ROLE_LABELS[ws.role]}</SettingsFact>
          <SettingsFact label="Département">{ws.department ?? 'Non renseigné'}</SettingsFact>
          <SettingsFact label="Code agence ou prescripteur">{ws.agencyCode ?? 'Non renseigné'}</SettingsFact>
          <SettingsFact label="Créé le">{formatDateFr(ws.createdAt.slice(0, 10))}</SettingsFact>
        </SettingsFacts>
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
