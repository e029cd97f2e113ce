/**
 * The support and training actions the convention sets (form CAE-0515 block
 * « Les actions d'accompagnement et de formation prévues par l'employeur »).
 *
 * CAE: « Les conventions fixent les modalités d'orientation et
 * d'accompagnement professionnel de chaque personne sans emploi et prévoient
 * des actions de formation professionnelle et de validation des acquis de
 * l'expérience nécessaires à la réalisation du projet professionnel »
 * (L322-4-7 I al. 2; from 1 May 2008 L5134-20 1° and L5134-22). No
 * accompaniment towards employment (a tutor or an outside organisation; the
 * social support alone is not « professionnel ») is an error, which blocks
 * the signature; no training and no VAE is a warning: the text asks for the
 * actions « nécessaires » to the project and the form lets « Formation
 * programmée » be « non », so the agent states why none is needed.
 * Contrat d'avenir: the convention states « la nature et la durée des actions
 * d'accompagnement et de formation » (R. 5134-49 8°): the same error for the
 * accompaniment; the training's nature and the duration are mandatory
 * contents (REQUIRED_FIELD_MISSING, ./required.ts). CAE-DOM: no such text.
 */
import type { Context } from '../compute/context';
import { supportOf } from '../document/support';
import { caeRef, cavRef } from '../parameters/articles';
import { ref } from '../parameters/sources';
import type { Emit } from './finding';

const BLOCK = ref('FORM_CAE_0515', 'formulaire CAE-0515, bloc « Les actions d’accompagnement et de formation prévues par l’employeur »');

const named = (v: string | null | undefined) => typeof v === 'string' && v.trim() !== '';

export function checkSupport(ctx: Context, emit: Emit): void {
  const m = ctx.measure;
  if (m !== 'CAE' && m !== 'CAV') return;
  const doc = ctx.doc;
  const s = supportOf(doc.support);
  // The convention sets the actions: the article in force on the day it is signed.
  const date = doc.signedOn ?? doc.contract?.hiredOn ?? doc.filedOn ?? undefined;
  const legalRef = m === 'CAE' ? caeRef('support', date) : cavRef('support', date);

  const tutor = s.tutor === true;
  const organisation = s.externalEmploymentSupportPlanned === true;
  if (!tutor && !organisation) {
    const social = s.externalSocialSupportPlanned === true ? ' L’accompagnement social ne remplace pas l’accompagnement vers l’emploi.' : '';
    emit(
      'SUPPORT_ACTIONS_MISSING',
      'error',
      'support.tutor',
      m === 'CAE'
        ? `La convention ne fixe aucun accompagnement professionnel du salarié : confiez l’accompagnement vers l’emploi à un tuteur désigné par l’employeur ou à un organisme extérieur.${social}`
        : `La convention ne fixe aucune action d’accompagnement (mention 8°) : confiez l’accompagnement vers l’emploi à un tuteur désigné par l’employeur ou à un organisme extérieur.${social}`,
      legalRef,
    );
  }
  if (m === 'CAE' && s.trainingPlanned !== true && s.vae !== true) {
    emit(
      'TRAINING_ACTIONS_MISSING',
      'warning',
      'support.trainingPlanned',
      'La convention ne prévoit ni formation ni validation des acquis de l’expérience : programmez les actions nécessaires au projet professionnel du salarié, ou justifiez qu’aucune ne l’est.',
      legalRef,
    );
  }

  // The form's follow-up questions (a contrat d'avenir requires the nature anyway, R. 5134-49 8°).
  const say = (path: string, label: string) => emit('REQUIRED_FIELD_MISSING', 'error', path, `Renseignez ${label}.`, BLOCK);
  if (m === 'CAE' && s.trainingPlanned === true && (s.trainingNature ?? []).length === 0) {
    say('support.trainingNature', 'la nature de la formation programmée');
  }
  if (organisation && !named(s.externalEmploymentSupport)) {
    say('support.externalEmploymentSupport', 'la dénomination de l’organisme chargé de l’accompagnement vers l’emploi');
  }
  if (s.externalSocialSupportPlanned === true && !named(s.externalSocialSupport)) {
    say('support.externalSocialSupport', 'la dénomination de l’organisme chargé de l’accompagnement social');
  }
}
