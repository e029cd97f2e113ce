/**
 * Messages for people never show internal names (RGAA 11.10 / WCAG 3.3.1:
 * an error names the field as the person knows it). Every refusal of the
 * convention schema, for every field, and every finding the rules produce
 * (every finding code, reached by changing each field of the three example
 * conventions, plus every message written in the rules' source) is read for
 * identifier-looking words: camelCase (`signedOn`), snake_case
 * (`HOURS_CHANGE`), paths (`contract.hiredOn`, `events[0]`).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkConvention } from '../../shared/rules/checkConvention';
import { FINDING_CODES } from '../../shared/rules/checks/finding';
import { FIELD_LABELS, fieldLabel } from '../../shared/rules/document/labels';
import { validateConvention } from '../../shared/rules/document/parse';
import { CONVENTION_SCHEMA_ID, conventionSchema, type ConventionDocument } from '../../shared/rules/document/schema';
import { caeExample, cavExample, domExample } from '../helpers/rule-documents';

const IDENTIFIER_PATTERNS = [
  /\b[a-z]+[A-Z]\w*/g, // camelCase
  /\b[A-Za-z0-9]+_\w+/g, // snake_case and SCREAMING_SNAKE_CASE
  /\b[a-zA-Z]\w*(?:\[\d+\])?\.[a-zA-Z]\w*/g, // a path: contract.hiredOn, events[0].kind
  /\b\w+\[\d+\]/g, // an item of a list: events[0]
];

/** The identifier-looking words of a text for people (the format's own name, given to say what a file should be, aside). */
function identifiers(text: string): string[] {
  const plain = text.replaceAll(CONVENTION_SCHEMA_ID, '');
  return IDENTIFIER_PATTERNS.flatMap((pattern) => plain.match(pattern) ?? []);
}

interface Leaf {
  /** `events[].from` */
  path: string;
  /** The event kind whose shape holds the field, for a field of an event. */
  kind?: string;
}

/** Every field of the schema, down to the leaves (zod 4's definitions). */
function schemaLeaves(): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (schema: unknown, at: string, kind?: string): void => {
    const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
        return walk(def.innerType, at, kind);
      case 'pipe':
        return walk(def.out, at, kind);
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        const literal = (shape.kind as { _zod?: { def: { type: string; values?: unknown[] } } } | undefined)?._zod?.def;
        const own = literal?.type === 'literal' ? String(literal.values?.[0]) : kind;
        for (const [key, value] of Object.entries(shape)) walk(value, at ? `${at}.${key}` : key, own);
        return;
      }
      case 'array':
        return walk(def.element, `${at}[]`, kind);
      case 'union':
        for (const option of def.options as unknown[]) walk(option, at, kind);
        return;
      default:
        leaves.push({ path: at, kind });
    }
  };
  walk(conventionSchema, '');
  return leaves;
}

/** A field set to a value no field accepts (an object), every list created with one item. */
function withWrongValue(doc: ConventionDocument, leaf: Leaf): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const keys = leaf.path.replaceAll('[]', '.[]').split('.');
  let at: Record<string, unknown> | unknown[] = copy;
  for (const [i, key] of keys.entries()) {
    const last = i === keys.length - 1;
    const item = key === '[]' ? 0 : key;
    const container = at as Record<string | number, unknown>;
    if (last) {
      container[item] = { faux: true };
      break;
    }
    const next = keys[i + 1] === '[]' ? [] : key === '[]' && leaf.kind ? { kind: leaf.kind, from: '2008-07-01', on: '2008-07-01', weeklyHours: 20 } : {};
    if (container[item] === undefined || container[item] === null || typeof container[item] !== 'object') container[item] = next;
    at = container[item] as Record<string, unknown>;
  }
  return copy;
}

const EXAMPLES = { CAE: caeExample(), CAV: cavExample(), CAE_DOM: domExample() };

/** The fields of a document with a value, by their path (`events[0].from`), with that value. */
function filledFields(value: unknown, at = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => filledFields(item, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => filledFields(v, at ? `${at}.${k}` : k));
  return [[at, value]];
}

function setAt(doc: ConventionDocument, fieldPath: string, value: unknown): ConventionDocument {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const keys = fieldPath.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let at = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy as ConventionDocument;
}

const shiftYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Values that break a rule, for a field holding `value`. */
function breakingValues(value: unknown): unknown[] {
  if (typeof value === 'boolean') return [!value, undefined];
  if (typeof value === 'number') return [1, 10, 39, undefined];
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return [shiftYears(value, -12), shiftYears(value, -1), shiftYears(value, 3), undefined];
  if (typeof value === 'string') return ['', '12', '0', 'X1', '5.00', '99', undefined];
  return [undefined];
}

/** More life than the examples carry: events of every kind, declared late, renewals, a denunciation. */
function eventful(doc: ConventionDocument): ConventionDocument[] {
  const hired = doc.contract?.hiredOn ?? '2008-06-09';
  const later = shiftYears(hired, 1);
  const events: NonNullable<ConventionDocument['events']> = [
    { kind: 'SUSPENSION', from: later, to: shiftYears(later, 1), reason: 'OTHER', paid: false, reportedOn: shiftYears(later, 1) },
    { kind: 'TRIAL_PERIOD_ELSEWHERE', from: later, reportedOn: shiftYears(later, 1) },
    { kind: 'RUPTURE', on: later, initiative: 'EMPLOYER', reason: 'OTHER', reportedOn: shiftYears(later, 1) },
    { kind: 'HOURS_CHANGE', on: later, weeklyHours: 35, reportedOn: shiftYears(later, 1) },
    { kind: 'EMPLOYER_SUBSTITUTION', on: later, newEmployerName: 'X', newEmployerSiret: '123', reportedOn: shiftYears(later, 1) },
  ];
  const end = doc.contract?.plannedEnd ?? later;
  const renewals = Array.from({ length: 4 }, (_, i) => ({
    from: shiftYears(end, i),
    to: shiftYears(end, i + 2),
    weeklyHours: 10,
    aidRatePercent: '120',
    requestedOn: shiftYears(end, i + 1),
  }));
  const signed = doc.signedOn ?? hired;
  const employee = doc.employee ?? {};
  return [
    ...events.map((event) => ({ ...doc, events: [event] })),
    { ...doc, events: [{ kind: 'RUPTURE', on: shiftDays(hired, 30), initiative: 'EMPLOYEE', reason: 'INAPTITUDE' }] },
    { ...doc, events: [{ kind: 'RUPTURE', on: shiftDays(hired, 30), initiative: 'EMPLOYEE' }] },
    // Signatures: one after the convention's date, both before it, and none before the hiring.
    { ...doc, signatures: { employer: { signedOn: shiftDays(signed, 3) }, authority: { signedOn: signed } } },
    { ...doc, signatures: { employer: { signedOn: shiftDays(signed, -3) }, authority: { signedOn: shiftDays(signed, -2) } } },
    { ...doc, signedOn: undefined, signatures: { employer: { signedOn: shiftDays(hired, 3) } } },
    { ...doc, transmittedToCnaseaOn: shiftDays(signed, -1) },
    { ...doc, employee: { ...employee, jobseekerId: '!!' } },
    { ...doc, employee: { ...employee, allowances: [] } },
    { ...doc, employee: { ...employee, allowances: ['ASS', 'RMI'] } },
    { ...doc, employee: { ...employee, allowances: ['RMI'] }, concludedBy: { authority: 'COMMUNE', name: 'Commune de Lyon' } },
    {
      ...doc,
      employee: { ...employee, allowances: ['RMI'] },
      concludedBy: { authority: 'COMMUNE', name: 'Lyon', departmentDelegationOn: shiftDays(signed, 9) },
    },
    {
      ...doc,
      contract: {
        ...doc.contract,
        hoursProgramme: { periodStart: hired, notifiedOn: hired, periods: [{ from: hired, to: doc.contract?.plannedEnd ?? later, weeklyHours: 35 }] },
      },
    },
    { ...doc, events },
    { ...doc, renewals },
    { ...doc, renewals: renewals.slice(0, 1).map((r) => ({ ...r, requestedOn: undefined })) },
    { ...doc, denunciation: { intentNotifiedOn: later, decisionNotifiedOn: hired } },
    {
      ...doc,
      contract: {
        ...doc.contract,
        hoursProgramme: { periodStart: hired, notifiedOn: later, periods: [{ from: hired, weeklyHours: 35 }, { to: hired }], changes: [{ from: later }] },
      },
    },
  ];
}

/** Every finding message the rules give for the three examples, each field changed in turn, and their life added. */
function findingMessages(): { messages: Map<string, string>; codes: Set<string> } {
  const messages = new Map<string, string>();
  const codes = new Set<string>();
  for (const example of Object.values(EXAMPLES)) {
    const docs = [example, ...eventful(example)];
    for (const [field, value] of filledFields(example)) {
      for (const changed of breakingValues(value)) docs.push(setAt(example, field, changed));
    }
    for (const doc of docs) {
      for (const f of checkConvention(doc, { today: '2012-01-01' }).findings) {
        codes.add(f.code);
        messages.set(f.message, f.code);
      }
    }
  }
  return { messages, codes };
}

/** The messages written in the rules' source: the 4th argument of each `emit(…)` and each `message:` of an object, with what they interpolate. */
function sourceMessages(): { file: string; text: string; interpolated: string[] }[] {
  const root = path.join(path.resolve(import.meta.dirname, '..', '..'), 'shared', 'rules');
  const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const found: { file: string; text: string; interpolated: string[] }[] = [];
  const read = (file: string, node: ts.Node | undefined) => {
    if (!node) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push({ file, text: node.text, interpolated: [] });
    else if (ts.isTemplateExpression(node)) {
      found.push({
        file,
        text: [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … '),
        interpolated: node.templateSpans.map((s) => s.expression.getText()),
      });
    } else if (ts.isConditionalExpression(node)) {
      read(file, node.whenTrue);
      read(file, node.whenFalse);
    }
  };
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'emit') read(file, node.arguments[3]);
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'message') read(file, node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('messages for people name every field in French, never by an internal name (RGAA 11.10)', () => {
  const leaves = schemaLeaves();

  it('every field of the convention document has its French label in the shared table (shared/rules/document/labels.ts)', () => {
    expect(leaves.length).toBeGreaterThan(100);
    expect(leaves.map((l) => l.path).filter((p) => FIELD_LABELS[p] === undefined)).toEqual([]);
    expect(fieldLabel('events[1].from')).toBe('Début de l’événement (événement n° 2)');
    expect(fieldLabel(['contract', 'hiredOn'])).toBe('Date d’embauche');
  });

  it('a refusal of the schema names the field by its label, for every field, without an internal name', () => {
    const bad: string[] = [];
    let refusals = 0;
    for (const leaf of leaves) {
      const r = validateConvention(withWrongValue(caeExample(), leaf));
      if (r.ok) {
        // The support block reads older answers leniently (shared/rules/document/support.ts): what it cannot read is left out, not refused.
        if (!leaf.path.startsWith('support.')) bad.push(`${leaf.path} : valeur fausse acceptée`);
        continue;
      }
      refusals += 1;
      for (const error of r.errors) if (identifiers(error).length) bad.push(`${leaf.path} → ${error} [${identifiers(error).join(', ')}]`);
      const label = fieldLabel(leaf.path.replaceAll('[]', '[0]'));
      if (!r.errors.some((e) => e.startsWith(label.replace(/ \(.*$/, '')))) bad.push(`${leaf.path} → ${r.errors.join(' | ')} (libellé attendu : ${label})`);
    }
    expect(bad).toEqual([]);
    expect(refusals, 'chaque champ hors accompagnement refuse une valeur d’un autre type').toBe(leaves.filter((l) => !l.path.startsWith('support.')).length);
  });

  it('every finding code is produced, and no finding message shows an internal name (« signedOn », « contract.hiredOn »)', () => {
    const { messages, codes } = findingMessages();
    expect(
      FINDING_CODES.filter((code) => !codes.has(code)),
      'codes jamais produits par les documents essayés',
    ).toEqual([]);
    const bad = [...messages]
      .filter(([message]) => identifiers(message).length)
      .map(([message, code]) => `${code} : ${message} [${identifiers(message).join(', ')}]`);
    expect(bad).toEqual([]);
  });

  it('no message written in the rules’ source shows an internal name or interpolates a field’s path', () => {
    const found = sourceMessages();
    expect(found.length).toBeGreaterThan(60);
    const bad = found
      .filter((m) => identifiers(m.text).length || m.interpolated.some((e) => /^(path|field|key)$|\.(path|field)$/.test(e)))
      .map((m) => `${m.file} : ${m.text} [${[...identifiers(m.text), ...m.interpolated].join(', ')}]`);
    expect(bad).toEqual([]);
  });
});
