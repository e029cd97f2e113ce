import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspaceStore } from '../../store/workspace';
import { AccountsSection } from './AccountsSection';
import { AidRatesSection } from './AidRatesSection';
import { ApplicationSection } from './ApplicationSection';
import { BackupsSection } from './BackupsSection';
import { ExchangeSection } from './ExchangeSection';
import { RetentionSection } from './RetentionSection';
import { WorkspaceSection } from './WorkspaceSection';

export function SettingsPage() {
  const state = useWorkspaceStore((s) => s.state);
  return (
    <>
      <PageHeader
        title="Paramètres"
        description="L'espace de travail, les comptes, les échanges de fichiers, les sauvegardes, la conservation des données, l'application et les taux de l'aide."
      />
      <Stack gap="lg">
        {state ? <WorkspaceSection state={state} /> : null}
        {state?.workspace ? <AccountsSection /> : null}
        {state?.workspace ? <ExchangeSection /> : null}
        {state?.workspace ? <BackupsSection /> : null}
        {state?.workspace ? <RetentionSection /> : null}
        <ApplicationSection />
        <AidRatesSection />
      </Stack>
    </>
  );
}
