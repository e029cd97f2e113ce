import { Code, DataList, Skeleton } from '@mantine/core';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SettingsSection } from './SettingsSection';

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
        <DataList labelWidth={220} withDivider>
          <DataList.Item>
            <DataList.ItemLabel>Version</DataList.ItemLabel>
            <DataList.ItemValue>{info.data.version}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Mode</DataList.ItemLabel>
            <DataList.ItemValue>{MODE_LABELS[info.data.mode]}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Dossier des données</DataList.ItemLabel>
            <DataList.ItemValue>
              <Code>{info.data.dataDir}</Code>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </SettingsSection>
  );
}
