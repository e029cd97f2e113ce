/** The avenant to a convention: which version, what it changes (before/after), signatures. */
import { createElement as h, type ReactElement } from 'react';
import { formatAvenantIndex } from '../../shared/domain/numbering';
import { Document, type DocumentProps, Page, Text, View } from '@react-pdf/renderer';
import type { VersionKind } from '../../shared/domain/enums';
import type { ConventionDocument } from '../../shared/rules/index';
import { date, pdfDate } from './format';
import { formContext, legalReference, TITLES } from './form/context';
import { SignatureBlock } from './form/funding';
import { VERSION_KIND_LABELS } from './labels';
import { changedMentions } from './letters/diff';
import { renderPdf } from './render';
import { styles } from './styles';
import { Field, Footer, Paragraph, Row, Section, Table } from './ui';

export interface AvenantPrintInput {
  /** Registered convention number (`069-0608-69012-00001`). */
  number: string;
  /** Index of this avenant (1 for the first). */
  avenantIndex: number;
  kind: VersionKind;
  /** The document of the version this avenant amends, and the document it results in. */
  before: ConventionDocument;
  after: ConventionDocument;
  /** Date the avenant takes effect (`YYYY-MM-DD`), if not the new version's signing date. */
  effectiveOn?: string;
  now?: string;
}

function avenantElement(input: AvenantPrintInput): ReactElement<DocumentProps> {
  const ctx = formContext(input.after, input.number, input.avenantIndex);
  const previous = formatAvenantIndex(input.avenantIndex - 1);
  const changes = changedMentions(input.before, input.after);
  const ee = input.after.employee ?? {};
  const stamp = pdfDate(input.now ?? input.after.signedOn ?? input.effectiveOn);
  return h(
    Document,
    {
      title: `Avenant n° ${ctx.boxes.avenant} — convention n° ${ctx.number}`,
      creator: 'Conventions CAE',
      producer: 'Conventions CAE',
      language: 'fr-FR',
      creationDate: stamp,
      modificationDate: stamp,
    },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(Footer, { left: `Convention n° ${ctx.number}-${ctx.boxes.avenant}`, right: `Avenant n° ${ctx.boxes.avenant}` }),
      h(Text, { style: styles.ministry }, 'RÉPUBLIQUE FRANÇAISE — Ministère chargé de l’emploi'),
      h(Text, { style: styles.title }, `AVENANT N° ${ctx.boxes.avenant}`),
      h(Text, { style: styles.subtitle }, `${TITLES[ctx.measure].title} — CONVENTION N° ${ctx.number}`),
      h(Text, { style: styles.legalRef }, legalReference(ctx)),
      h(
        Section,
        { title: 'Objet de l’avenant' },
        h(
          Row,
          null,
          h(Field, { label: 'Nature', value: VERSION_KIND_LABELS[input.kind] ?? input.kind, grow: 2 }),
          h(Field, { label: 'Prend effet le', value: date(input.effectiveOn ?? input.after.signedOn) }),
        ),
        h(
          Row,
          null,
          h(Field, { label: 'Version modifiée', value: `${ctx.number}-${previous}` }),
          h(Field, { label: 'Version issue de l’avenant', value: `${ctx.number}-${ctx.boxes.avenant}` }),
        ),
        h(
          Row,
          null,
          h(Field, { label: 'Employeur', value: input.after.employer?.name ?? '', grow: 2 }),
          h(Field, { label: 'N° SIRET', value: input.after.employer?.siret ?? '' }),
        ),
        h(
          Row,
          null,
          h(Field, { label: 'Salarié', value: [ee.lastName, ee.firstNames].filter(Boolean).join(' ') }),
          h(Field, { label: 'Date d’embauche', value: date(input.after.contract?.hiredOn) }),
        ),
      ),
      h(
        Section,
        { title: 'Mentions modifiées', breakable: true },
        changes.length > 0
          ? h(Table, {
              head: ['Mention', 'Avant l’avenant', 'Après l’avenant'],
              rows: changes.map((c) => [c.label, c.before, c.after]),
              widths: [1.3, 1.5, 1.5],
            })
          : h(Text, null, 'Aucune des mentions imprimées de la convention n’est modifiée.'),
        h(Paragraph, null, 'Les autres clauses de la convention demeurent inchangées.'),
      ),
      h(View, { style: { marginTop: 6 } }, h(SignatureBlock, { ctx, parties: false })),
    ),
  );
}

export async function renderAvenantPdf(input: AvenantPrintInput): Promise<Buffer> {
  return renderPdf(avenantElement(input));
}
