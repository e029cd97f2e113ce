import { Code, Skeleton } from '@mantine/core';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SettingsFact, SettingsFacts, SettingsSection } from './SettingsSection';

const MODE_LABELS = { desktop: 'Bureau', browser: 'Navigateur' } as const;

export function ApplicationSection() {
  const info = useApiQuery('app.info', {});
  return (
    <SettingsSection title="Application">
      {info.error ? (
        <ApiErrorAlert message={info.error} onRetry={info.reload} />
      ) : !info.data ? (
        <Skeleton height={90} />
      ) : (
        <SettingsFacts>
          <SettingsFact label="Version">{info.data.version}</SettingsFact>
          <SettingsFact label="Mode">{MODE_LABELS[info.data.mode]}</SettingsFact>
          <SettingsFact label="Dossier des données">
            <Code>{info.data.dataDir}</Code>
          </SettingsFact>
        </SettingsFacts>
      )}
    </SettingsSection>
  );
}
