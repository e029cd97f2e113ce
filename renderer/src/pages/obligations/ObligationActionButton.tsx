/**
 * An item's button: it downloads the document to send (the declaration of a
 * reported fact, the yearly report to the staff representatives), or opens the screen where the work is done (the proof's
 * period in the Activité tab, the convention on its tab).
 */
import { Button } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ObligationItem } from '../../../../shared/api/obligations-contract';
import { call } from '../../api/transport';
import { PdfButton } from '../../components/files/PdfButton';
import { actionLabel, actionPath, declarationFact } from './model';

/** What the button downloads, or null when it opens a screen. */
function produceOf(item: ObligationItem) {
  const action = item.action;
  if (action.kind === 'declaration') {
    const fact = declarationFact(action);
    return fact ? () => call('documents.eventDeclarationPdf', { conventionId: action.conventionId, fact }) : null;
  }
  if (action.kind === 'report') return () => call('documents.staffRepresentativesReportPdf', { year: action.year });
  return null;
}

export function ObligationActionButton({ item }: { item: ObligationItem }) {
  const label = actionLabel(item);
  const produce = produceOf(item);
  if (!produce) {
    return (
      <Button component={Link} to={actionPath(item.action)} size="xs" variant="light" rightSection={<IconArrowRight size={14} aria-hidden />}>
        {label}
      </Button>
    );
  }
  return <PdfButton label={label} produce={produce} />;
}
