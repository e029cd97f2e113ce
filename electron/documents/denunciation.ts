/**
 * The dénonciation letter: first the notice of intent (seven days for the
 * employer's observations, R. 5134-51 and form CAE-0515), then the decision,
 * with the amounts to repay and the two-month appeal routes.
 */
import { createElement as h, type ReactElement } from 'react';
import { Document, type DocumentProps, Page, Text, View } from '@react-pdf/renderer';
import { cavSignatory, checkConvention, computeDeadline, type ConventionDocument } from '../../shared/rules/index';
import { cents, date, pdfDate } from './format';
import { formContext } from './form/context';
import { wordingOn } from './form/wording';
import { LetterSignature, Letterhead, Subject } from './letters/common';
import { renderPdf } from './render';
import { styles } from './styles';
import { Bullet, Footer, Paragraph, Table } from './ui';

export interface DenunciationPrintInput {
  number: string;
  document: ConventionDocument;
  /** `INTENT`: notice of intent before any decision; `DECISION`: the convention is denounced. */
  stage: 'INTENT' | 'DECISION';
  /** Date of the letter (`YYYY-MM-DD`); for a decision, the date of its notification. */
  letterDate: string;
  /** The breaches of the convention found, one per line. */
  grounds: string[];
  /**
   * Who signs, e.g. « Le directeur de l'agence locale pour l'emploi »; by
   * default the agency's director, or for a contrat d'avenir concluded by a
   * collectivité its head or délégataire (R. 5134-41, R. 5134-51).
   */
  signatory?: string;
  place?: string;
  now?: string;
}

const OBSERVATION_DAYS = 7;

const MEASURE_PHRASES = {
  CAE: 'Contrat d’accompagnement dans l’emploi',
  CAV: 'Contrat d’avenir',
  CAE_DOM: 'Contrat d’accès à l’emploi',
} as const;

/** « du maire (Commune de Roubaix) », « de PLIE de Lille, par délégation du président du conseil général ». */
const ofActor = (actor: string) => (actor.startsWith('le ') ? `du ${actor.slice(3)}` : `de ${actor}`);

/** What the employer would repay if the convention were denounced on the letter's date. */
export function denunciationRepayment(doc: ConventionDocument, on: string) {
  const denounced: ConventionDocument = { ...doc, denunciation: { ...doc.denunciation, decisionNotifiedOn: on } };
  return checkConvention(denounced).computed.repaymentDue;
}

function denunciationElement(input: DenunciationPrintInput): ReactElement<DocumentProps> {
  const ctx = formContext(input.document, input.number, 0);
  // The letter names the organisations as on its own date, not the convention's.
  const w = wordingOn(input.letterDate);
  const { doc } = ctx;
  // R. 5134-51: « l'autorité ou le délégataire signataire de la convention » writes to the employer, named as on the letter's date.
  const signatory = ctx.measure === 'CAV' ? cavSignatory(doc, input.letterDate) : undefined;
  const byCollectivity = signatory !== undefined && signatory.authority !== 'STATE';
  const er = doc.employer ?? {};
  const ee = doc.employee ?? {};
  const intent = input.stage === 'INTENT';
  const repayment = denunciationRepayment(doc, input.letterDate);
  const observationsBy = computeDeadline('jours', OBSERVATION_DAYS, input.letterDate, doc.department ?? undefined).deadline;
  const stamp = pdfDate(input.now ?? input.letterDate);
  const measure = MEASURE_PHRASES[ctx.measure];
  const subject = intent ? `Objet : intention de dénoncer la convention n° ${ctx.number}` : `Objet : dénonciation de la convention n° ${ctx.number}`;
  const repaymentRows: string[][] = repayment
    ? [
        ['Aide de l’État déjà perçue, à reverser', cents(repayment.amountCents)],
        ['Salaires ayant bénéficié de l’exonération (assiette des cotisations patronales à verser)', cents(repayment.exemptedBaseCents)],
        ['Cotisations exonérées exigibles au plus tard le', date(repayment.due)],
      ]
    : [['Montant à reverser', 'à déterminer au vu des versements effectués']];
  return h(
    Document,
    { title: subject, creator: 'Conventions CAE', producer: 'Conventions CAE', language: 'fr-FR', creationDate: stamp, modificationDate: stamp },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(Footer, { left: `Convention n° ${ctx.number}`, right: intent ? 'Lettre d’intention de dénonciation' : 'Décision de dénonciation' }),
      h(Letterhead, {
        issuer: signatory?.issuer ?? w.agencyTitle,
        place: input.place,
        date: date(input.letterDate),
        recipient: [er.name ?? '', ...(er.address ? [er.address] : []), `SIRET ${er.siret ?? ''}`],
      }),
      h(Text, { style: [styles.sub, { marginBottom: 6 }] }, 'Lettre recommandée avec demande d’avis de réception'),
      h(Subject, {
        lines: [
          subject,
          `${measure} de ${[ee.civility === 'M' ? 'M.' : ee.civility === 'MME' ? 'Mme' : ee.civility === 'MLLE' ? 'Mlle' : '', ee.firstNames, ee.lastName].filter(Boolean).join(' ')}, embauché(e) le ${date(doc.contract?.hiredOn)}`,
        ],
      }),
      h(Paragraph, null, 'Madame, Monsieur,'),
      h(Paragraph, null, `La convention citée en référence, signée le ${date(doc.signedOn)}, n’est pas respectée pour les motifs suivants :`),
      ...input.grounds.map((g, i) => h(Bullet, { key: String(i) }, g)),
      h(View, { style: { height: 4 } }),
      intent
        ? h(
            Paragraph,
            null,
            `En conséquence, j’ai l’intention de dénoncer cette convention. Vous disposez d’un délai de sept jours à compter de la réception de la présente lettre pour me faire connaître vos observations, soit au plus tard le ${date(observationsBy)} pour une réception ce jour.`,
          )
        : h(
            Paragraph,
            null,
            `Vos observations ayant été examinées, la convention est dénoncée à compter de la notification de la présente décision. ${w.payer.charAt(0).toUpperCase()}${w.payer.slice(1)} et l’organisme de recouvrement des cotisations et contributions sociales (${er.collector ?? 'URSSAF'}) en sont informés.`,
          ),
      h(
        Paragraph,
        null,
        intent
          ? 'Si la convention est dénoncée, vous serez tenu de reverser l’intégralité des sommes perçues et de verser les cotisations patronales dont vous avez été exonéré, soit à la date de la présente lettre :'
          : 'Vous êtes tenu de reverser l’intégralité des sommes perçues et de verser les cotisations patronales dont vous avez été exonéré :',
      ),
      h(Table, { head: ['Reversement', 'Montant ou date'], rows: repaymentRows, widths: [3, 1] }),
      h(
        Paragraph,
        null,
        `L’aide est à reverser ${w.toPayer} ; les cotisations, à l’organisme de recouvrement, au plus tard à la première date d’exigibilité qui suit la notification de la décision de dénonciation.`,
      ),
      h(Text, { style: styles.heading }, 'Voies de recours'),
      h(Paragraph, null, 'Vous pouvez contester cette décision dans un délai de deux mois à compter de sa notification :'),
      h(Bullet, null, `par un recours gracieux auprès ${byCollectivity ? ofActor(signatory.actor) : `de ${w.localAgency}`} ;`),
      // A collectivité has no hierarchical superior: no recours hiérarchique against its decision.
      byCollectivity ? null : h(Bullet, null, `par un recours hiérarchique auprès de la Direction générale ${w.ofAgency} ;`),
      h(Bullet, null, 'par un recours contentieux devant le tribunal administratif compétent.'),
      h(Paragraph, null, 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.'),
      h(LetterSignature, { signatory: input.signatory ?? signatory?.letterSignatory ?? w.localDirector }),
    ),
  );
}

export async function renderDenunciationPdf(input: DenunciationPrintInput): Promise<Buffer> {
  return renderPdf(denunciationElement(input));
}
