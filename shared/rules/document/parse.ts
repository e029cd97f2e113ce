import { z } from 'zod';
import { fieldLabel } from './labels';
import { type ConventionDocument, conventionSchema } from './schema';

export type ParseResult = { ok: true; document: ConventionDocument } | { ok: false; errors: string[] };

const frenchErrors = z.locales.fr().localeError;

/** Validates an already-parsed JSON value against the `cae.convention/1` schema. */
export function validateConvention(value: unknown): ParseResult {
  const r = conventionSchema.safeParse(value, { error: frenchErrors });
  if (r.success) return { ok: true, document: r.data };
  // Each refusal names the field in French (« Date de naissance du salarié »), never by its path in the document.
  return { ok: false, errors: r.error.issues.map((i) => `${fieldLabel(i.path)} : ${i.message}`) };
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * V8 names an unexpected token without its position: find its first
 * occurrence outside string literals (where the parser stopped).
 */
function firstOutsideStrings(text: string, ch: string): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ch) return i;
  }
  return -1;
}

/** Parses the text of a convention file: JSON first (with the error position), then the schema. */
export function parseConventionText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(message);
    const token = /Unexpected token '(.)'/.exec(message);
    const offset = m ? Number(m[1]) : token?.[1] !== undefined ? firstOutsideStrings(text, token[1]) : -1;
    if (offset >= 0) {
      const { line, column } = lineColumn(text, offset);
      return {
        ok: false,
        errors: [`JSON invalide à la ligne ${line}, colonne ${column} (position ${offset}) : vérifiez les guillemets, virgules et accolades.`],
      };
    }
    return { ok: false, errors: [`JSON invalide : le fichier est vide ou incomplet (${message}).`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: ['Document : un objet JSON { … } est attendu.'] };
  }
  return validateConvention(value);
}
