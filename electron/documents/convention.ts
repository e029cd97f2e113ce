/**
 * The convention in the layout of form CAE-0515 (or its contrat d'avenir and
 * CAE-DOM equivalents), printed in five copies, each marked in its footer with
 * its number and recipient, each followed by the general conditions.
 */
import { createElement as h, type ReactElement } from 'react';
import { Document, type DocumentProps, Page, Text, View } from '@react-pdf/renderer';
import { RECODIFICATION_DATE, type ConventionDocument } from '../../shared/rules/index';
import { registerFonts } from './fonts';
import { pdfDate } from './format';
import { CavAnnexBlock, DomDocumentsBlock } from './form/annexes';
import { CavContentsBlock } from './form/cav';
import { caeConditions } from './form/conditions-cae';
import { cavConditions, domConditions } from './form/conditions-other';
import { copyRecipients, formContext, type FormContext, TITLES } from './form/context';
import { ContractBlock } from './form/contract';
import { DomBlock } from './form/dom';
import { FundingBlock, SignatureBlock } from './form/funding';
import { AdministrationBlock, FormTitle } from './form/header';
import { notice } from './form/notice';
import { EmployeeBlock, EmployerBlock } from './form/parties';
import { SupportBlock } from './form/support';
import { TextBlocks } from './form/text-blocks';
import { wording } from './form/wording';
import { renderPdf } from './render';
import { styles } from './styles';
import { Footer } from './ui';

export interface ConventionPrintInput {
  document: ConventionDocument;
  /** Registered number (`069-0608-69012-00001`); without it the boxes show what the document gives. */
  number?: string;
  /** 0 for the initial convention, n for the n-th avenant (the « avenant » boxes). */
  avenantIndex?: number;
  /** `YYYY-MM-DD` stamped as the PDF's creation date; defaults to the signing date, so the output is reproducible. */
  now?: string;
}

const COPY_COUNT = 5;

function FormBody(props: { ctx: FormContext }): ReactElement {
  const { ctx } = props;
  const measure = ctx.measure;
  return h(
    View,
    null,
    h(FormTitle, { ctx }),
    h(AdministrationBlock, { ctx }),
    h(EmployerBlock, { ctx }),
    h(EmployeeBlock, { ctx }),
    h(ContractBlock, { ctx }),
    measure === 'CAE_DOM' ? h(DomBlock, { ctx }) : h(SupportBlock, { ctx }),
    measure === 'CAE_DOM' ? null : h(FundingBlock, { ctx }),
    measure === 'CAV' ? h(CavContentsBlock, { ctx }) : null,
    measure === 'CAV' ? h(CavAnnexBlock, { ctx }) : null,
    measure === 'CAE_DOM' ? h(DomDocumentsBlock, { ctx }) : null,
    h(SignatureBlock, { ctx }),
  );
}

function conditionsOf(ctx: FormContext) {
  const w = wording(ctx.employmentAgency, ctx.payingAgency);
  if (ctx.measure === 'CAV') return cavConditions(w, ctx.cavSignatory !== undefined && ctx.cavSignatory.authority !== 'STATE');
  if (ctx.measure === 'CAE_DOM') return domConditions(w);
  return caeConditions(w, ctx.referenceDate >= RECODIFICATION_DATE);
}

function Copy(props: { ctx: FormContext; index: number; recipient: string }): ReactElement {
  const { ctx } = props;
  const w = wording(ctx.employmentAgency, ctx.payingAgency);
  const footer = h(Footer, {
    left: `${ctx.measure === 'CAE' ? 'CAE-0515 — ' : ''}Convention n° ${ctx.number}-${ctx.boxes.avenant}`,
    right: `Exemplaire ${props.index} — ${props.recipient}`,
  });
  return h(
    Page,
    { size: 'A4', style: styles.page, wrap: true },
    footer,
    h(FormBody, { ctx }),
    h(
      View,
      { break: true },
      h(TextBlocks, { title: `CONDITIONS GÉNÉRALES — ${TITLES[ctx.measure].title}`, blocks: conditionsOf(ctx) }),
      h(Text, { style: { marginTop: 8 } }, ''),
      h(TextBlocks, { title: 'NOTICE', blocks: notice(w) }),
    ),
  );
}

function conventionElement(input: ConventionPrintInput): ReactElement<DocumentProps> {
  const ctx = formContext(input.document, input.number, input.avenantIndex ?? 0);
  const recipients = copyRecipients(ctx);
  return h(
    Document,
    {
      title: `${TITLES[ctx.measure].title} — convention n° ${ctx.number}-${ctx.boxes.avenant}`,
      author: ctx.employmentAgency,
      subject: TITLES[ctx.measure].subtitle,
      creator: 'Conventions CAE',
      producer: 'Conventions CAE',
      language: 'fr-FR',
      creationDate: pdfDate(input.now ?? input.document.signedOn ?? input.document.filedOn),
      modificationDate: pdfDate(input.now ?? input.document.signedOn ?? input.document.filedOn),
    },
    ...recipients.slice(0, COPY_COUNT).map((recipient, i) => h(Copy, { key: String(i), ctx, index: i + 1, recipient })),
  );
}

/** The five copies of the convention as one A4 PDF with embedded fonts. */
export async function renderConventionPdf(input: ConventionPrintInput): Promise<Buffer> {
  registerFonts();
  return renderPdf(conventionElement(input));
}
