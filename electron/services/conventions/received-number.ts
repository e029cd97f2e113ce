/**
 * An employer records a convention it received on paper (it never numbers
 * nor signs one for the State): the number is the agency's, as printed —
 * department, month and year of filing, agency code, and the order number
 * the employer types (`orderNumber`, beside the document's fields; it is not
 * stored in the document, the convention row holds it).
 */
import { AppError } from '../../../shared/api/result';
import { formatConventionNumber } from '../../../shared/domain/numbering';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { siretOf } from '../../../shared/rules/index';
import { findConventionNumbered, findEmployerIdBySiret } from '../../db/repositories/conventions/read';
import type { Doc } from './document';

/** The document without the typed order number, and that number (undefined when not typed). */
export function splitOrderNumber(doc: Doc): { doc: Doc; orderNumber: unknown } {
  const { orderNumber, ...rest } = doc as Doc & { orderNumber?: unknown };
  return { doc: rest as Doc, orderNumber };
}

/** The order number of a convention received on paper: typed, 1 to 99999, and not a number this workspace already holds. */
export function receivedOrderNumber(db: Database, doc: Doc, typed: unknown): number {
  if (typed === undefined || typed === null || typed === '') {
    throw new AppError('INVALID_INPUT', 'Pour enregistrer la convention reçue, renseignez son numéro d’ordre (les 5 chiffres après le code de l’agence).');
  }
  const n = typeof typed === 'string' ? Number(typed) : typed;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 99_999) {
    throw new AppError('INVALID_INPUT', 'Numéro d’ordre attendu : un nombre entier de 1 à 99999, tel qu’il figure sur la convention reçue.');
  }
  const number = formatConventionNumber({ department: doc.department!, prescriberCode: doc.prescriberCode!, orderNumber: n, filedOn: doc.filedOn! });
  const held = findConventionNumbered(db, number, doc.prescriberCode!, n);
  if (held) {
    throw new AppError(
      'CONFLICT',
      `La convention ${held.number} est déjà enregistrée dans cet espace${held.number === number ? '' : ` avec le code ${doc.prescriberCode} et le numéro d’ordre ${n}`} : ouvrez-la depuis la liste des conventions.`,
    );
  }
  return n;
}

/** A convention an employer enters names one of its establishments (Établissements), never another employer. */
export function assertOwnEstablishment(db: Database, doc: Doc): void {
  const siret = siretOf(doc.employer?.siret);
  if (findEmployerIdBySiret(db, siret) === null) {
    throw new AppError(
      'CONFLICT',
      `Le SIRET ${siret} n’est celui d’aucun de vos établissements : choisissez l’établissement dans la liste, ou ajoutez-le d’abord dans Établissements.`,
    );
  }
}
