/**
 * « Déclaration (PDF) » of a reported fact (suspension, trial period
 * elsewhere, rupture, change of the weekly hours): asks
 * `documents.eventDeclarationPdf`, then saves the file, as the other PDF
 * buttons do.
 */
import { Stack } from '@mantine/core';
import { call } from '../../../api/transport';
import { PdfButton } from '../../../components/files/PdfButton';

/** `index`: the fact's rank in the convention's events; `what`: the fact in words (« suspension du 07/07/2008 »), for the button's name. */
export function DeclarationButton({ conventionId, index, what }: { conventionId: number; index: number; what: string }) {
  return (
    <Stack gap={2} align="flex-start">
      <PdfButton
        size="compact-sm"
        label="Déclaration (PDF)"
        ariaLabel={`Déclaration (PDF) — ${what}`}
        produce={() => call('documents.eventDeclarationPdf', { conventionId, fact: { kind: 'EVENT', index } })}
      />
    </Stack>
  );
}
