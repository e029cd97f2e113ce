/**
 * The instruction form of one convention, in the order of form CAE-0515;
 * the rules run on the document as the agent types (debounced) and their
 * findings show under each field and in the summary beside the form.
 */
import { Badge, Box, Grid, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type FocusEvent, type SetStateAction } from 'react';
import type { ConventionView } from '../../../../shared/api/conventions-contract';
import { CONVENTION_STATUS_LABELS, type ConventionStatus } from '../../../../shared/domain/enums';
import { checkConvention, type Finding } from '../../../../shared/rules/index';
import { AdministrationSection } from './AdministrationSection';
import { CavAnnexSection } from './CavAnnexSection';
import { CavSection } from './CavSection';
import { ContractSection } from './ContractSection';
import { DomDocumentsSection } from './DomDocumentsSection';
import { DomSection } from './DomSection';
import { EmployeeSection } from './EmployeeSection';
import { EmployerSection } from './EmployerSection';
import { FindingsSummary } from './FindingsSummary';
import { InstructFormContext, type InstructForm as FormApi } from './formContext';
import { FundingSection } from './FundingSection';
import { formDocument, missingForDraft, removeLocal, setPath, type Doc, type FieldValue, type LocalDraft } from './model';
import { saveStatusText } from './saveState';
import { SignatureSection } from './SignatureSection';
import { SupportSection } from './SupportSection';
import { useAidRateProposal, overrideNeedsReason } from './useAidRateProposal';
import { receivedNumberMissing, useAutosave } from './useAutosave';

interface InstructFormProps {
  initial: LocalDraft;
  initialStatus: ConventionStatus;
  initialNumber: string | null;
  today: string;
  onCreated: (id: number) => void;
  onSigned: (view: ConventionView) => void;
  /** Just started from the measure choice (whose button is gone): the focus goes to the first field. */
  focusFirstField?: boolean;
}

export function InstructForm({ initial, initialStatus, initialNumber, today, onCreated, onSigned, focusFirstField = false }: InstructFormProps) {
  const formRef = useFocusFirstField(focusFirstField);
  const [doc, setDoc] = useState<Doc>(() => formDocument(initial.doc));
  const [status, setStatus] = useState<ConventionStatus>(initialStatus);
  const [number, setNumber] = useState<string | null>(initialNumber);
  const [showAll, setShowAll] = useState(false);
  const editable = status === 'brouillon';
  // The first save numbers the draft: the form shows its number (the address moves to the draft's, the form stays).
  const created = useCallback(
    (draft: ConventionView) => {
      setNumber(draft.number);
      onCreated(draft.id);
    },
    [onCreated],
  );
  const autosave = useAutosave(doc, initial, editable, created);
  const proposal = useAidRateProposal(doc, setDoc, editable);
  const { checked, result, findings } = useLiveCheck(doc, today);
  const { visited, onBlur } = useVisitedFields();
  const form = useFormApi(doc, setDoc, { findings, visited, showAll, editable });

  const blockers = formBlockers(doc, number, proposal);
  const onStatus = (view: ConventionView) => {
    setStatus(view.status);
    setNumber(view.number);
    if (view.status === 'signee') {
      removeLocal(view.id);
      onSigned(view);
    }
  };
  const computed = result.computed;
  const conventionId = autosave.conventionId;

  return (
    <InstructFormContext.Provider value={form}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <form ref={formRef} noValidate onSubmit={(e) => e.preventDefault()} onBlur={onBlur} aria-label="Convention à instruire">
            <Stack gap="lg">
              <AdministrationSection number={number} />
              <EmployerSection />
              <EmployeeSection conventionId={conventionId} />
              {doc.measure === 'CAE_DOM' ? <DomSection /> : null}
              <ContractSection minimumMonthlyGrossCents={computed.minimumMonthlyGross?.value ?? null} />
              <SupportSection />
              {doc.measure === 'CAV' ? <CavSection /> : null}
              {doc.measure === 'CAV' ? <CavAnnexSection /> : null}
              <FundingSection proposal={proposal} monthlyAidCents={computed.monthlyAid?.value ?? null} />
              {doc.measure === 'CAE_DOM' ? <DomDocumentsSection /> : null}
              <SignatureSection
                conventionId={conventionId}
                status={status}
                findings={result.findings}
                blockers={blockers}
                today={today}
                saveNow={() => autosave.save(doc)}
                onTriedToSend={() => setShowAll(true)}
                onStatus={onStatus}
              />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Box pos="sticky" top={16}>
            <Stack gap="md">
              <SaveStatus status={status} savedAt={autosave.savedAt} dirty={autosave.dirty} error={autosave.error} missing={missingForDraft(doc)} />
              <FindingsSummary findings={result.findings} pending={checked !== doc} />
            </Stack>
          </Box>
        </Grid.Col>
      </Grid>
    </InstructFormContext.Provider>
  );
}

/** Once mounted, with `on`: the focus on the form's first field. */
function useFocusFirstField(on: boolean) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (on) ref.current?.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), textarea:not(:disabled)')?.focus();
  }, [on]);
  return ref;
}

/** The fields' access to the document (by path, or a whole change), with the rules' findings and the fields already visited. */
function useFormApi(
  doc: Doc,
  setDoc: Dispatch<SetStateAction<Doc>>,
  state: { findings: ReadonlyMap<string, Finding[]>; visited: ReadonlySet<string>; showAll: boolean; editable: boolean },
): FormApi {
  const { findings, visited, showAll, editable } = state;
  return useMemo<FormApi>(
    () => ({
      doc,
      set: (path: string, value: FieldValue) => setDoc((d) => setPath(d, path, value)),
      patch: (values: Record<string, FieldValue>) => setDoc((d) => Object.entries(values).reduce((acc, [p, v]) => setPath(acc, p, v), d)),
      update: setDoc,
      findings,
      visited: (path: string) => showAll || visited.has(path),
      readOnly: !editable,
    }),
    [doc, setDoc, findings, showAll, visited, editable],
  );
}

/** What else stops the sending: what a draft lacks, a rate override without its reason, the order number of a convention an employer received. */
function formBlockers(doc: Doc, number: string | null, proposal: ReturnType<typeof useAidRateProposal>): string[] {
  const blockers = missingForDraft(doc);
  if (overrideNeedsReason(doc, proposal)) blockers.push('le motif de l’écart au taux de l’arrêté préfectoral');
  if (receivedNumberMissing(doc, number)) blockers.push('le numéro d’ordre de la convention reçue');
  return blockers;
}

/** The rules run on the document as the agent types (debounced): their result, and their findings by field. */
function useLiveCheck(doc: Doc, today: string) {
  const [checked] = useDebouncedValue(doc, 250);
  const result = useMemo(() => checkConvention(checked, { today }), [checked, today]);
  const findings = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of result.findings) map.set(f.field, [...(map.get(f.field) ?? []), f]);
    return map;
  }, [result]);
  return { checked, result, findings };
}

/** The fields the agent has left once (by their `name`): their findings show from then on. */
function useVisitedFields() {
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set());
  const onBlur = (e: FocusEvent<HTMLFormElement>) => {
    const name = e.target.getAttribute('name');
    if (name && !visited.has(name)) setVisited((v) => new Set(v).add(name));
  };
  return { visited, onBlur };
}

function SaveStatus({
  status,
  savedAt,
  dirty,
  error,
  missing,
}: {
  status: ConventionStatus;
  savedAt: string | null;
  dirty: boolean;
  error: string | null;
  missing: string[];
}) {
  return (
    <Stack gap={4} aria-live="polite" data-testid="save-status">
      <Group gap="xs">
        <Badge variant="light" color={status === 'brouillon' ? 'gray' : 'blue'}>
          {CONVENTION_STATUS_LABELS[status]}
        </Badge>
        <Text size="sm" fw={500}>
          {saveStatusText({ status, dirty, savedAt })}
        </Text>
      </Group>
      {dirty && status === 'brouillon' && missing.length > 0 ? (
        <Text size="xs" c="dimmed">
          Le brouillon est enregistré (et numéroté) dès que sont saisis : {missing.join(', ')}. En attendant, la saisie est gardée sur cet ordinateur.
        </Text>
      ) : null}
      {error ? (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
