/**
 * What JSON.parse lets through and an exchange file must not carry: a key
 * twice in one object (JSON.parse keeps the last one silently, so two readers
 * could see two different files), nesting deeper than any exchange file, and
 * control or bidirectional characters in its texts (ANSI escapes that rewrite
 * a terminal, bidi overrides that show a label other than the one stored).
 *
 * The duplicate-key check is a scanner over text that JSON.parse has already
 * accepted: it only has to follow strings and brackets, so it stays small and
 * needs no dependency (no JSON library of the project reports duplicate keys
 * with their place).
 */

/** Deeper than any exchange file (a package's convention document nests about ten levels). */
export const MAX_JSON_DEPTH = 64;

type Frame = { keys: Set<string>; expectKey: boolean } | null;

export type StructureProblem = { kind: 'duplicate'; key: string; offset: number } | { kind: 'depth'; offset: number };

/** The end (index of the closing quote) of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34) return j;
    else j += 1;
  }
}

/** The first duplicate key or excessive nesting of `text`, which must be valid JSON. */
export function structureProblem(text: string): StructureProblem | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      stack.push(c === 123 ? { keys: new Set(), expectKey: true } : null);
      if (stack.length > MAX_JSON_DEPTH) return { kind: 'depth', offset: i };
    } else if (c === 125 || c === 93) stack.pop();
    else if (c === 44) {
      const top = stack.at(-1);
      if (top) top.expectKey = true;
    } else if (c === 34) {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (top?.expectKey) {
        const raw = text.slice(i, end + 1);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.keys.has(key)) return { kind: 'duplicate', key, offset: i };
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
    }
  }
  return null;
}

/** The members written in a JSON text: one colon outside strings each. */
function membersWritten(text: string): number {
  let members = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) members++;
    else if (c === 34) i = stringEnd(text, i);
  }
  return members;
}

/** The members the parsed value kept, or -1 when it nests deeper than MAX_JSON_DEPTH. */
function membersKept(value: unknown, depth = 1): number {
  if (value === null || typeof value !== 'object') return 0;
  if (depth > MAX_JSON_DEPTH) return -1;
  const items = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
  let members = Array.isArray(value) ? 0 : items.length;
  for (const item of items) {
    const inner = membersKept(item, depth + 1);
    if (inner < 0) return -1;
    members += inner;
  }
  return members;
}

/**
 * Whether `text` may have a duplicate key or excessive nesting, `parsed` being
 * JSON.parse(text): JSON.parse keeps one member per key, so a text with no
 * duplicate writes exactly as many members as its value has. Counting both
 * costs half the full scan, without its Set per object (27 MB: ~170 ms, not
 * ~370); the full scan then runs only on a suspect text, to say where.
 */
export function mayHaveStructureProblem(text: string, parsed: unknown): boolean {
  const kept = membersKept(parsed);
  return kept < 0 || kept !== membersWritten(text);
}

/** C1 controls and the line and paragraph separators (C0 controls are found by their code, below). */
const C1_AND_SEPARATORS = /[\u007f-\u009f\u2028\u2029]/;
/** Marks and overrides of text direction (Unicode bidi controls). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Any character the two checks below may refuse: one test, and almost every text is done. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The first control character of `value`: C0 (tab, line feed and carriage return allowed when `multiline`), C1, line or paragraph separator. */
function controlIn(value: string, multiline: boolean): string | null {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 && !(multiline && (c === 9 || c === 10 || c === 13))) return value.charAt(i);
  }
  return value.match(C1_AND_SEPARATORS)?.[0] ?? null;
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text may not be stored or shown as is, or null. `multiline`: line breaks and tabs allowed. */
export function textProblem(value: string, multiline: boolean): string | null {
  if (!SUSPECT.test(value)) return null;
  const control = controlIn(value, multiline);
  if (control) return `caractère de contrôle ${codePoint(control)} interdit dans un texte`;
  const bidi = value.match(BIDI);
  if (bidi) return `caractère de direction du texte ${codePoint(bidi[0])} interdit (il peut faire lire autre chose que ce qui est enregistré)`;
  return null;
}

/** A problem of a text of a document, at its path (keys and indexes from the top). */
export interface PlacedTextProblem {
  path: (string | number)[];
  problem: string;
}

/**
 * The first `limit` texts of `value` that textProblem refuses, in document
 * order. The path is copied only for a refused text: a return file has a
 * million texts, and building a path for each cost ~400 ms (issue #16).
 */
export function textProblemsOf(value: unknown, multiline: boolean, limit: number): PlacedTextProblem[] {
  const found: PlacedTextProblem[] = [];
  const path: (string | number)[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      const problem = textProblem(v, multiline);
      if (problem) found.push({ path: [...path], problem });
    } else if (v !== null && typeof v === 'object') {
      const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
      for (const key of keys) {
        if (found.length === limit) return;
        path.push(key);
        visit((v as Record<string | number, unknown>)[key]);
        path.pop();
      }
    }
  };
  visit(value);
  return found;
}
