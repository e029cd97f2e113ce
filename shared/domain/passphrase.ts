/**
 * The passphrase that encrypts a workspace at rest (issue #15): one rule, used
 * by the welcome form, the API contract and the command line.
 */
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 200;

/** Why a passphrase is refused, in French, or null when it is acceptable. */
export function passphraseProblem(passphrase: string): string | null {
  const length = [...passphrase].length;
  if (length < PASSPHRASE_MIN_LENGTH) return `phrase secrète trop courte : ${PASSPHRASE_MIN_LENGTH} caractères au moins (par exemple quatre mots)`;
  if (length > PASSPHRASE_MAX_LENGTH) return `phrase secrète trop longue : ${PASSPHRASE_MAX_LENGTH} caractères au plus`;
  if ([...passphrase].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return 'phrase secrète : caractères de contrôle refusés';
  return null;
}
