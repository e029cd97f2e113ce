import type { Context } from '../compute/context';
import { isValidSepaIban } from '../identifiers/bank';
import { isValidDepartment, isValidRomeCode } from '../identifiers/codes';
import { isValidNir, nirMismatches, type NirExpectations } from '../identifiers/nir';
import { isValidSiret } from '../identifiers/siret';
import { cavRef, DOM_REFS } from '../parameters/articles';
import { ref } from '../parameters/sources';
import type { Emit } from './finding';

const FORM = (what: string) => ref('FORM_CAE_0515', `formulaire CAE-0515, ${what}`);

const MISMATCH_WORDS = {
  sex: ['le sexe (1er chiffre)', 'la civilité'],
  year: ['l’année de naissance (2e et 3e chiffres)', 'la date de naissance'],
  month: ['le mois de naissance (4e et 5e chiffres)', 'la date de naissance'],
  department: ['le département de naissance (6e et 7e caractères)', 'le département de naissance'],
} as const;

/**
 * Where the convention carries the field: R. 5134-49 for the contrat d'avenir
 * (as in force on the convention's date); for the CAE-DOM, R. 831-4's
 * contents are not in the sources beyond b, j and k, so the reference says so
 * and names the CAE form's field it copies.
 */
function fieldRef(ctx: Context, formRef: string): string {
  if (ctx.measure === 'CAV') return cavRef('contents', ctx.doc.signedOn ?? ctx.doc.contract?.hiredOn ?? undefined);
  if (ctx.measure === 'CAE_DOM') return `${DOM_REFS.contents} ; champ repris du ${formRef}`;
  return formRef;
}

export function checkIdentifiers(ctx: Context, emit: Emit): void {
  checkEmployerIdentifiers(ctx, emit);
  checkRomeCode(ctx, emit);
  checkDepartments(ctx, emit);
  checkNir(ctx, emit);
}

/** The employer's SIRET and IBAN carry check keys. */
function checkEmployerIdentifiers(ctx: Context, emit: Emit): void {
  const { doc } = ctx;
  const siret = doc.employer?.siret;
  if (siret && !isValidSiret(siret.replace(/\s/g, ''))) {
    emit(
      'SIRET_INVALID',
      'error',
      'employer.siret',
      `Le numéro SIRET « ${siret} » n’est pas valide (14 chiffres : le SIREN, 9 premiers chiffres, et le SIRET entier ont chacun leur clé de contrôle) : recopiez-le depuis l’avis de situation INSEE.`,
      fieldRef(ctx, FORM('bloc « L’employeur », N° SIRET')),
    );
  }
  const iban = doc.employer?.iban;
  if (iban && !isValidSepaIban(iban)) {
    emit(
      'IBAN_INVALID',
      'error',
      'employer.iban',
      `L’IBAN « ${iban} » n’est pas valide (pays SEPA, clé de contrôle, clé RIB) : recopiez-le depuis le RIB de l’employeur.`,
      ref('FORM_CAE_0515', 'notice, point 3 (RIB ou RIP pour le versement des aides)'),
    );
  }
}

function checkRomeCode(ctx: Context, emit: Emit): void {
  const rome = ctx.doc.contract?.romeCode;
  if (rome && !isValidRomeCode(rome.trim().toUpperCase())) {
    emit(
      'ROME_CODE_INVALID',
      'error',
      'contract.romeCode',
      `Le code ROME « ${rome} » n’est pas valide : 5 chiffres (ROME v2, ex. 43311) ou une lettre et 4 chiffres (ROME v3, ex. K1304).`,
      fieldRef(ctx, FORM('« Emploi proposé : (Code ROME) »')),
    );
  }
}

/** The convention's department (overseas only for a CAE-DOM) and the employee's department of birth. */
function checkDepartments(ctx: Context, emit: Emit): void {
  const { doc } = ctx;
  const dep = doc.department;
  if (dep && !isValidDepartment(dep)) {
    emit(
      'DEPARTMENT_INVALID',
      'error',
      'department',
      `Le département « ${dep} » n’existe pas : indiquez 01 à 95, 2A, 2B ou 971 à 976.`,
      FORM('cadre réservé à l’administration, « dept »'),
    );
  }
  if (ctx.measure === 'CAE_DOM' && dep && isValidDepartment(dep) && !/^97/.test(dep)) {
    emit(
      'DEPARTMENT_INVALID',
      'error',
      'department',
      `Le contrat d’accès à l’emploi est réservé à l’outre-mer : indiquez un département 971 à 976 (reçu « ${dep} »).`,
      ref(
        'DECRET_2004_CAE_DOM',
        'chapitre 3 (R. 831-x) et art. 12 I (applicable à Saint-Pierre-et-Miquelon) ; que ces articles ne valent qu’outre-mer n’est pas écrit dans les sources, qui n’en donnent que des modifications',
      ),
    );
  }
  const birthDep = doc.employee?.birthDepartment;
  if (birthDep && /^\d+$|^2[AB]$/i.test(birthDep) && !isValidDepartment(birthDep.toUpperCase()) && birthDep !== '99') {
    emit(
      'DEPARTMENT_INVALID',
      'error',
      'employee.birthDepartment',
      `Le département de naissance « ${birthDep} » n’existe pas : indiquez 01 à 95, 2A, 2B, 971 à 976, ou le pays pour une naissance à l’étranger.`,
      FORM('bloc « Le salarié », « dept ou pays »'),
    );
  }
}

/** The NIR carries a key, and its digits must agree with the civility, birth date and birth department entered. */
function checkNir(ctx: Context, emit: Emit): void {
  const { doc } = ctx;
  const nir = doc.employee?.nir;
  if (nir) {
    const nirRef = fieldRef(ctx, FORM('bloc « Le salarié » (identification)'));
    if (!isValidNir(nir)) {
      emit(
        'NIR_INVALID',
        'error',
        'employee.nir',
        'Le NIR (numéro de sécurité sociale) n’est pas valide : 13 caractères et une clé de 2 chiffres ; vérifiez-le sur la carte Vitale ou l’attestation de droits.',
        nirRef,
      );
    } else {
      const e = doc.employee ?? {};
      const expected: NirExpectations = {};
      if (e.civility) expected.sex = e.civility === 'M' ? '1' : '2';
      if (e.birthDate) expected.birthDate = e.birthDate;
      if (e.birthDepartment) expected.birthDepartment = e.birthDepartment;
      for (const what of nirMismatches(nir, expected)) {
        const [nirPart, entered] = MISMATCH_WORDS[what];
        emit('NIR_MISMATCH', 'warning', 'employee.nir', `Dans le NIR, ${nirPart} ne correspond pas à ${entered} saisi(e) : corrigez l’un ou l’autre.`, nirRef);
      }
    }
  }
}
