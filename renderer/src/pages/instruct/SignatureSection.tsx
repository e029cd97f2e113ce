/**
 * « Fait le »: the signature date, then the two steps of the lifecycle —
 * « Envoyer à la signature » (no error left) and « Signer la convention »
 * (one justification per warning, stored with the signature).
 */
import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconSend, IconSignature } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ConventionView } from '../../../../shared/api/conventions-contract';
import type { ConventionStatus } from '../../../../shared/domain/enums';
import type { Finding, FindingCode } from '../../../../shared/rules/index';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { DateField } from './fields';
import { FormSection, Row } from './FormSection';
import { SignatoriesFields, TransmissionField } from './SignatoriesFields';
import { useInstructForm } from './formContext';
import { useWorkspaceStore } from '../../store/workspace';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';

interface SignatureSectionProps {
  conventionId: number | null;
  status: ConventionStatus;
  findings: Finding[];
  /** What else stops the sending (missing for a draft, a rate override without its reason). */
  blockers: string[];
  today: string;
  /** Saves the form now (waits for any save under way) and gives the draft. */
  saveNow: () => Promise<ConventionView>;
  onStatus: (view: ConventionView) => void;
  onTriedToSend: () => void;
}

export function SignatureSection({ conventionId, status, findings, blockers, today, saveNow, onStatus, onTriedToSend }: SignatureSectionProps) {
  const { doc } = useInstructForm();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Sent to signature here: the sign step, replacing the button, takes the focus. */
  const [sent, setSent] = useState(false);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = [...new Map(findings.filter((f) => f.severity === 'warning').map((f) => [f.code, f])).values()];
  const date = doc.signedOn && doc.signedOn <= today ? doc.signedOn : today;

  async function run(action: () => Promise<ConventionView>) {
    setPending(true);
    setError(null);
    try {
      onStatus(await action());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  const send = () => {
    onTriedToSend();
    if (errors.length > 0 || blockers.length > 0) return;
    void run(async () => {
      const draft = await saveNow();
      const view = await call('conventions.transition', { id: draft.id, to: 'a_signer', date });
      setSent(true);
      return view;
    });
  };
  const missingTexts = warnings.filter((w) => (texts[w.code] ?? '').trim().length < 5);
  const sign = (id: number) =>
    void run(() =>
      call('conventions.transition', {
        id,
        to: 'signee',
        date,
        justifications: warnings.map((w) => ({ code: w.code as FindingCode, text: (texts[w.code] ?? '').trim() })),
      }),
    );

  return (
    <FormSection title="Signature">
      <SignatoriesFields />
      <Row>
        <DateField
          path="signedOn"
          label="Fait le (date de signature de la convention)"
          hint="La dernière des deux signatures ; l’embauche ne peut avoir lieu avant"
          required
        />
        <TransmissionField />
      </Row>
      {status === 'brouillon' ? (
        <SendStep errors={errors.length} blockers={blockers} pending={pending} onSend={send} />
      ) : (
        <SignStep
          focusOnMount={sent}
          warnings={warnings}
          texts={texts}
          onText={(code, text) => setTexts((t) => ({ ...t, [code]: text }))}
          canSign={missingTexts.length === 0 && errors.length === 0}
          pending={pending}
          onSign={() => conventionId !== null && sign(conventionId)}
        />
      )}
      {error ? (
        <Alert color="red" role="alert" title="Refusé">
          {error}
        </Alert>
      ) : null}
    </FormSection>
  );
}

/** « Envoyer à la signature » (« Terminer la saisie » for an employer), once no error and nothing missing is left. */
function SendStep({ errors, blockers, pending, onSend }: { errors: number; blockers: string[]; pending: boolean; onSend: () => void }) {
  const words = useSignatureWords();
  return (
    <Stack gap="xs">
      {errors > 0 || blockers.length > 0 ? (
        <Text size="sm" c="red.8" role="status">
          Pour {words.sendFor}, corrigez {errors > 0 ? `${errors} erreur(s)` : ''}
          {errors > 0 && blockers.length > 0 ? ' et renseignez ' : blockers.length > 0 ? 'renseignez ' : ''}
          {blockers.join(', ')}.
        </Text>
      ) : null}
      <Group>
        <Button leftSection={<IconSend size={16} aria-hidden />} onClick={onSend} loading={pending} aria-disabled={errors > 0 || blockers.length > 0}>
          {words.send}
        </Button>
      </Group>
    </Stack>
  );
}

interface SignStepProps {
  focusOnMount: boolean;
  warnings: Finding[];
  texts: Record<string, string>;
  onText: (code: string, text: string) => void;
  canSign: boolean;
  pending: boolean;
  onSign: () => void;
}

function SignStep({ focusOnMount, warnings, texts, onText, canSign, pending, onSign }: SignStepProps) {
  const words = useSignatureWords();
  // The first justification to write, else « Signer la convention ».
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.querySelector<HTMLElement>('textarea, button:not(:disabled)')?.focus();
  }, [focusOnMount]);
  return (
    <Stack gap="sm" ref={ref}>
      <Text size="sm">{words.signIntro}</Text>
      {warnings.length > 0 ? (
        <List size="sm">
          {warnings.map((w) => (
            <List.Item key={w.code}>
              <Textarea
                label={`Justification : ${w.message}`}
                description={readableLegalRef(w.legalRef)}
                required
                autosize
                minRows={2}
                maxLength={2000}
                value={texts[w.code] ?? ''}
                onChange={(e) => onText(w.code, e.currentTarget.value)}
              />
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          Aucun avertissement à justifier.
        </Text>
      )}
      <Group>
        <Button color="teal" leftSection={<IconSignature size={16} aria-hidden />} onClick={onSign} loading={pending} disabled={!canSign}>
          {words.sign}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The agency signs for the State; an employer only records the convention it
 * received signed, at the date printed on it (it never signs for the State).
 */
function useSignatureWords() {
  const received = useWorkspaceStore((s) => s.state?.workspace?.role === 'employeur');
  return received
    ? {
        send: 'Terminer la saisie',
        sendFor: 'terminer la saisie',
        sign: 'Enregistrer la convention signée',
        signIntro:
          'La saisie est terminée. Vérifiez la date de signature portée sur la convention, notez pour chaque avertissement ce que l’agence a retenu, puis enregistrez-la comme signée.',
      }
    : {
        send: 'Envoyer à la signature',
        sendFor: 'envoyer à la signature',
        sign: 'Signer la convention',
        signIntro: 'La convention est « À signer ». Vérifiez la date de signature, justifiez chaque avertissement, puis signez.',
      };
}
