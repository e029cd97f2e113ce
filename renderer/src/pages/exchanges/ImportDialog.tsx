/**
 * « Importer un fichier »: a return file of the payment organisation (or, in
 * an employer workspace, a convention package from the agency). Nothing is
 * written before the agent has seen the preview and clicked « Appliquer »;
 * the report then says what changed. A refused file changes nothing: its
 * reasons are shown and it is kept in quarantine beside the database.
 */
import { Alert, Button, FileButton, Group, List, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { IconAlertTriangle, IconCircleCheck, IconFileImport, IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { IMPORT_MAX_BYTES } from '../../../../shared/api/exchanges-contract';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { readFileBase64 } from '../../components/files/read';
import { withFrenchDates } from '../convention/actions/FormParts';

type Report = ChannelOutput<'exchanges.import'>;
type Step =
  | { step: 'reading' }
  | { step: 'preview'; report: Report }
  | { step: 'applying'; report: Report }
  | { step: 'done'; report: Report }
  | { step: 'failed'; message: string };

interface Chosen {
  name: string;
  base64: string;
}

function ReportView({ report }: { report: Report }) {
  const color = report.refused ? 'red' : report.kind === 'applied' ? 'green' : 'blue';
  const Icon = report.refused ? IconAlertTriangle : report.kind === 'applied' ? IconCircleCheck : IconInfoCircle;
  const lines = report.lines.filter((l) => !l.startsWith('Fichier gardé en quarantaine'));
  return (
    <Alert color={color} variant="light" title={report.title} icon={<Icon aria-hidden />} role={report.refused ? 'alert' : 'status'}>
      {lines.length ? (
        // A return file may list hundreds of lines and payments: the list scrolls, the buttons stay in view.
        <ScrollArea.Autosize mah="45vh" type="auto" offsetScrollbars>
          <List size="sm" spacing={2}>
            {lines.map((line, i) => (
              <List.Item key={i} ml={line.startsWith('  ') ? 'md' : 0}>
                {withFrenchDates(line.trim())}
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      ) : null}
      {report.refused ? (
        <Text size="sm" mt="sm">
          {report.quarantined ? `Le fichier a été mis en quarantaine, avec son rapport : ${report.quarantined}` : 'Le fichier n’a pas été gardé.'}
        </Text>
      ) : null}
    </Alert>
  );
}

export function ImportButton({ onChanged }: { onChanged: () => void }) {
  const { chosen, opened, state, reset, choose, apply, close } = useImport(onChanged);
  return (
    <>
      <FileButton onChange={(f) => void choose(f)} accept="application/json,.json" resetRef={reset}>
        {(props) => (
          <Button {...props} variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
            Importer un fichier
          </Button>
        )}
      </FileButton>
      <AppModal opened={opened} onClose={close} title={`Importer ${chosen?.name ?? ''}`} size="lg">
        <Stack gap="md">
          <ImportStepView state={state} />
          <Group justify="flex-end">
            <ImportStepButtons state={state} onClose={close} onApply={() => void apply()} />
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}

/**
 * The import's steps: the file chosen is read and previewed (dry run), then
 * applied on request; a refused file goes straight to quarantine. `reset`
 * lets the same file be chosen again.
 */
function useImport(onChanged: () => void) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [opened, setOpened] = useState(false);
  const [state, setState] = useState<Step>({ step: 'reading' });
  const reset = useRef<() => void>(null);

  async function send(file: Chosen, dryRun: boolean): Promise<Report> {
    return call('exchanges.import', { fileName: file.name, base64: file.base64, dryRun });
  }

  async function choose(file: File | null) {
    reset.current?.();
    if (!file) return;
    setState({ step: 'reading' });
    setChosen({ name: file.name, base64: '' });
    setOpened(true);
    if (file.size > IMPORT_MAX_BYTES) {
      setState({
        step: 'failed',
        message: `Le fichier ${file.name} est trop volumineux (${IMPORT_MAX_BYTES / 1024 / 1024} Mo au plus) : ce n’est pas un fichier d’échange.`,
      });
      return;
    }
    try {
      const picked = { name: file.name, base64: await readFileBase64(file) };
      setChosen(picked);
      const preview = await send(picked, true);
      if (preview.kind !== 'refused') return setState({ step: 'preview', report: preview });
      // Refused: nothing will change; keep the file in quarantine with its report, as the CLI does.
      setState({ step: 'done', report: await send(picked, false) });
      onChanged();
    } catch (e) {
      setState({ step: 'failed', message: errorMessage(e) });
    }
  }

  async function apply() {
    if (!chosen || state.step !== 'preview') return;
    setState({ step: 'applying', report: state.report });
    try {
      setState({ step: 'done', report: await send(chosen, false) });
    } catch (e) {
      setState({ step: 'failed', message: errorMessage(e) });
    }
    onChanged();
  }

  return { chosen, opened, state, reset, choose, apply, close: () => setOpened(false) };
}

/** A preview not applied yet (or being applied). */
function isPreview(state: Step): state is Extract<Step, { step: 'preview' | 'applying' }> {
  return (state.step === 'preview' || state.step === 'applying') && state.report.kind === 'preview';
}

function ImportStepView({ state }: { state: Step }) {
  return (
    <>
      {state.step === 'reading' ? (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden />
          <Text size="sm">Lecture et vérification du fichier…</Text>
        </Group>
      ) : null}
      {state.step === 'failed' ? (
        <Alert color="red" variant="light" title="Le fichier n’a pas pu être importé" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {state.message}
        </Alert>
      ) : null}
      {state.step !== 'reading' && state.step !== 'failed' ? <ReportView report={state.report} /> : null}
      {isPreview(state) ? <Text size="sm">Rien n’est encore écrit. « Appliquer » enregistre ces changements en une seule fois.</Text> : null}
    </>
  );
}

function ImportStepButtons({ state, onClose, onApply }: { state: Step; onClose: () => void; onApply: () => void }) {
  if (!isPreview(state)) {
    return (
      <Button variant="default" onClick={onClose} disabled={state.step === 'reading'}>
        Fermer
      </Button>
    );
  }
  return (
    <>
      <Button variant="default" onClick={onClose} disabled={state.step === 'applying'}>
        Annuler
      </Button>
      <Button onClick={onApply} loading={state.step === 'applying'}>
        Appliquer
      </Button>
    </>
  );
}
