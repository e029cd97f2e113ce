/**
 * Reads an exchange file and checks everything that needs no database:
 * encoding, JSON syntax, schema, numbering, record count and checksum. Each
 * problem is a French message naming the line of the file and the field.
 */
import { z } from 'zod';
import { IMPORT_MAX_BYTES } from '../../shared/api/exchanges-contract';
import { linesChecksum, sha256Hex } from './canonical';
import { MAX_JSON_DEPTH, mayHaveStructureProblem, structureProblem, textProblem, textProblemsOf } from './json-checks';
import { EXCHANGE_FORMAT, FILE_KINDS, SCHEMA_VERSION, SCHEMAS, type ExchangeFile, type FileKind } from './schemas';
import { exchangeFieldLabel } from './field-labels';

export type Parsed = { ok: true; kind: FileKind; file: ExchangeFile; fileSha256: string } | { ok: false; errors: string[]; fileSha256: string };

const fr = z.locales.fr().localeError;

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function decode(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.startsWith('\uFEFF')) return { error: 'Le fichier commence par une marque d’ordre des octets (BOM) : UTF-8 sans BOM attendu.' };
    return { text };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    return { error: `Encodage incorrect à la ligne ${lineOf(lossy, lossy.indexOf('\uFFFD'))} du fichier : le fichier doit être en UTF-8.` };
  }
}

function syntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : text.length;
  const start = text.trimStart();
  if (start === '') return 'Le fichier est vide : un fichier d’échange « cae.exchange » est attendu.';
  // A document that does not even open as an object (a PDF, a CSV, plain text): not an exchange file, not a truncated one.
  if (!start.startsWith('{')) {
    return `Ce n’est pas un fichier d’échange : un document JSON commençant par « { » est attendu, la ligne ${lineOf(text, text.length - start.length)} du fichier commence autrement.`;
  }
  if (offset >= text.trimEnd().length) {
    return `Fichier tronqué : il s’arrête à la ligne ${lineOf(text, text.length)} avant la fin du document JSON. Demandez un nouvel envoi.`;
  }
  return `JSON invalide à la ligne ${lineOf(text, offset)} du fichier (caractère ${offset + 1}).`;
}

/** Where an issue is: the header or a numbered line, and the field by its French name. */
function place(path: readonly PropertyKey[], lines: unknown): string {
  const [top, index, ...field] = path;
  if (top === 'lines' && typeof index === 'number') {
    const line = Array.isArray(lines) ? (lines[index] as { lineNo?: unknown } | undefined) : undefined;
    const no = typeof line?.lineNo === 'number' ? line.lineNo : index + 1;
    return field.length ? `ligne ${no}, ${exchangeFieldLabel(field)}` : `ligne ${no}`;
  }
  if (top === 'header') return index === undefined ? 'en-tête' : `en-tête, ${exchangeFieldLabel([index, ...field])}`;
  return path.length ? exchangeFieldLabel(path) : 'document';
}

/** The `header` object of a JSON value, or null when it has none. */
export function headerOf(value: unknown): Record<string, unknown> | null {
  if (value === null || typeof value !== 'object' || !('header' in value)) return null;
  const header = (value as { header: unknown }).header;
  return header !== null && typeof header === 'object' ? (header as Record<string, unknown>) : null;
}

/** A value of the file quoted in a message: at most 40 characters, controls and bidi marks shown as « ? ». */
function shown(value: unknown): string {
  return [...String(value).slice(0, 40)].map((ch) => (textProblem(ch, false) ? '?' : ch)).join('');
}

/** Duplicate keys and excessive nesting, in French, or null. `value`: JSON.parse(text). */
function structureError(text: string, value: unknown): string | null {
  const problem = mayHaveStructureProblem(text, value) ? structureProblem(text) : null;
  if (!problem) return null;
  const line = lineOf(text, problem.offset);
  return problem.kind === 'duplicate'
    ? `Clé « ${shown(problem.key)} » en double à la ligne ${line} du fichier : chaque champ ne doit figurer qu’une fois par objet.`
    : `Imbrication trop profonde à la ligne ${line} du fichier (plus de ${MAX_JSON_DEPTH} niveaux) : ce n’est pas un fichier d’échange.`;
}

/** Texts with control or bidi characters: at most 20 messages. A package's free texts may hold line breaks; every other text is one line. */
function textErrors(kind: FileKind, file: ExchangeFile): string[] {
  return textProblemsOf(file, kind === 'convention-package', 20).map(({ path, problem }) => `${place(path, file.lines)} : ${problem}.`);
}

export function parseExchangeFile(bytes: Uint8Array): Parsed {
  const fileSha256 = sha256Hex(bytes);
  const fail = (...errors: string[]): Parsed => ({ ok: false, errors, fileSha256 });
  if (bytes.length > IMPORT_MAX_BYTES) {
    return fail(
      `Fichier trop volumineux : ${IMPORT_MAX_BYTES / 1024 / 1024} Mo au plus (${(bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} Mo reçus).`,
    );
  }
  const decoded = decode(bytes);
  if ('error' in decoded) return fail(decoded.error);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    return fail(syntaxError(decoded.text, e));
  }
  const structure = structureError(decoded.text, value);
  if (structure) return fail(structure);
  const header = headerOf(value);
  if (!header) return fail('En-tête absent : ce n’est pas un fichier d’échange « cae.exchange ».');
  if (header.format !== EXCHANGE_FORMAT) return fail(`En-tête, champ « format du fichier » : « ${EXCHANGE_FORMAT} » attendu.`);
  if (header.schemaVersion === undefined) return fail(`En-tête, champ « version du format » absent : ${SCHEMA_VERSION} attendu.`);
  if (header.schemaVersion !== SCHEMA_VERSION) {
    return fail(
      `En-tête, champ « version du format » : version ${shown(header.schemaVersion)} non prise en charge (cette version de l’application lit la version ${SCHEMA_VERSION}).`,
    );
  }
  const kind = FILE_KINDS.find((k) => k === header.kind);
  if (header.kind === undefined) return fail(`En-tête, champ « nature du fichier » absent : ${FILE_KINDS.join(', ')} attendu.`);
  if (!kind) return fail(`En-tête, champ « nature du fichier » : type de fichier « ${shown(header.kind)} » inconnu (${FILE_KINDS.join(', ')}).`);
  const lines = (value as { lines?: unknown }).lines;
  const result = SCHEMAS[kind].safeParse(value, { error: fr });
  if (!result.success) {
    return fail(...result.error.issues.slice(0, 20).map((issue) => `${place(issue.path, lines)} : ${issue.message}.`));
  }
  const file = result.data;
  const errors: string[] = textErrors(kind, file);
  file.lines.forEach((line, i) => {
    if (line.lineNo !== i + 1)
      errors.push(`ligne ${i + 1}, champ « numéro de ligne » : ${line.lineNo} trouvé, ${i + 1} attendu (lignes numérotées à partir de 1, sans trou).`);
  });
  if (file.header.recordCount !== file.lines.length) {
    errors.push(
      `En-tête, champ « nombre de lignes annoncé » : ${file.header.recordCount} annoncées, ${file.lines.length} lignes présentes (fichier incomplet ?).`,
    );
  }
  // Over the lines as read (zod's copy lists keys in its schemas' order): already in canonical order, they are hashed without a copy.
  if (linesChecksum(lines as unknown[]) !== file.header.sha256) {
    errors.push('En-tête, champ « sha256 » : la somme de contrôle ne correspond pas au contenu ; le fichier a été modifié ou abîmé.');
  }
  return errors.length ? fail(...errors) : { ok: true, kind, file, fileSha256 };
}
