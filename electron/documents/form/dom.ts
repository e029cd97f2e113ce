/** CAE-DOM specifics: job offer, eligibility category (R. 831-1), contract type, total aid and its payment milestones. */
import { createElement as h, type ReactElement } from 'react';
import { DOM_CATEGORY_LABELS, EMPLOYMENT_OBLIGATION_LABELS } from '../../../shared/domain/enums';
import { ageOn, tryParseDay } from '../../../shared/rules/dates/day';
import { cents, date, money } from '../format';
import { Field, Row, Section, Table } from '../ui';
import type { FormContext } from './context';
import { jobOfferAgency } from './header';
import { Text } from '@react-pdf/renderer';
import { styles } from '../styles';

/** The R. 831-1 category the beneficiary falls in: the one the document names, else as the agency would tick it. */
function domCategory(ctx: FormContext): string {
  const e = ctx.doc.employee ?? {};
  if (e.domCategory && e.domCategory !== 'OTHER') return DOM_CATEGORY_LABELS[e.domCategory];
  const allowances = e.allowances ?? [];
  if (allowances.includes('RMI')) return '3° Bénéficiaire du revenu minimum d’insertion';
  if (e.disabledWorker) return '4° Bénéficiaire de l’obligation d’emploi (travailleur handicapé)';
  if (e.sentenceAdjustment || e.formerPrisoner) return '7° Personne faisant ou ayant fait l’objet d’une peine privative de liberté';
  const birth = tryParseDay(e.birthDate ?? '');
  const hired = tryParseDay(ctx.doc.contract?.hiredOn ?? '');
  if (birth !== undefined && hired !== undefined && ageOn(birth, hired) >= 50) {
    return '8° Personne de plus de cinquante ans et de moins de soixante-cinq ans inscrite au moins douze mois sur les dix-huit derniers';
  }
  return e.domCategory === 'OTHER' ? DOM_CATEGORY_LABELS.OTHER : 'à préciser';
}

/** What the category rests on, where the document says it: the title of the obligation d'emploi (4°, 8°), the emploi-jeune's term (6°). */
function categoryDetails(ctx: FormContext): ReactElement | null {
  const e = ctx.doc.employee ?? {};
  const fields: ReactElement[] = [];
  if (e.employmentObligation && (e.domCategory === 'OBLIGATION_EMPLOI' || e.domCategory === 'OVER_50')) {
    fields.push(h(Field, { key: 'obligation', label: 'Obligation d’emploi (art. L. 323-3)', value: EMPLOYMENT_OBLIGATION_LABELS[e.employmentObligation] }));
  }
  if (e.domCategory === 'EMPLOI_JEUNE' && e.youthJobEndsOn) {
    fields.push(h(Field, { key: 'youth-job', label: 'Terme du contrat emploi-jeune (art. L. 322-4-18)', value: date(e.youthJobEndsOn) }));
  }
  if (e.domCategory === 'OVER_50' && typeof e.joblessMonths === 'number') {
    fields.push(h(Field, { key: 'jobless', label: 'Sans emploi depuis (mois)', value: String(e.joblessMonths) }));
  }
  return fields.length > 0 ? h(Row, null, ...fields) : null;
}

export function DomBlock(props: { ctx: FormContext }): ReactElement {
  const { doc, computed } = props.ctx;
  const payments = computed.aidPayments ?? [];
  return h(
    Section,
    { title: 'Contrat d’accès à l’emploi — éligibilité et aide de l’État' },
    h(
      Row,
      null,
      h(Field, { label: `Offre d’emploi déposée ${jobOfferAgency(props.ctx)} le`, value: date(doc.jobOfferFiledOn) }),
      h(Field, { label: 'Type de contrat', value: doc.contract?.type ?? '' }),
    ),
    h(Row, null, h(Field, { label: 'Catégorie de bénéficiaire (art. R. 831-1)', value: domCategory(props.ctx) })),
    categoryDetails(props.ctx),
    h(
      Row,
      null,
      h(Field, { label: 'Montant total de l’aide de l’État', value: money(doc.funding?.totalAid) }),
      h(Field, { label: 'Fin de la convention', value: date(computed.conventionEnd?.value) }),
    ),
    payments.length > 0
      ? h(Table, {
          head: ['Échéance', 'Période ou étape', 'Montant'],
          rows: payments.map((p) => [date(p.due), p.period, cents(p.amountCents)]),
          widths: [1, 2, 1],
        })
      : h(Text, { style: styles.sub }, 'Échéancier établi à la signature.'),
  );
}
