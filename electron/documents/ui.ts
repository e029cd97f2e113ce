/** Building blocks of the printed forms: boxed sections, labelled fields, check boxes, digit boxes, footer. */
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { date } from './format';
import { styles } from './styles';

export function Section(props: { title: string; children?: ReactNode; breakable?: boolean }): ReactElement {
  return h(
    View,
    { style: styles.section, wrap: props.breakable ?? false },
    h(Text, { style: styles.sectionTitle }, props.title.toUpperCase()),
    h(View, { style: styles.sectionBody }, props.children),
  );
}

export function Row(props: { children?: ReactNode }): ReactElement {
  return h(View, { style: styles.row }, props.children);
}

/** A label and its value on a dotted line; `grow` sets the share of the row it takes. */
export function Field(props: { label: string; value: string | undefined; grow?: number }): ReactElement {
  return h(
    View,
    { style: [styles.cell, { flexGrow: props.grow ?? 1 }] },
    h(Text, { style: styles.label }, `${props.label} :`),
    h(View, { style: styles.valueLine }, h(Text, { style: styles.value }, props.value ?? '')),
  );
}

export function Check(props: { label: string; checked: boolean }): ReactElement {
  return h(Text, { style: styles.check }, `${props.checked ? '☒' : '☐'} ${props.label}`);
}

/** One question and its exclusive answers as check boxes. */
export function Choice(props: { label: string; options: readonly (readonly [string, boolean])[] }): ReactElement {
  return h(
    View,
    { style: [styles.row, { alignItems: 'flex-start' }] },
    h(Text, { style: [styles.label, { marginRight: 6 }] }, `${props.label} :`),
    ...props.options.map(([label, checked]) => h(Check, { key: label, label, checked })),
  );
}

export function YesNo(props: { label: string; value: boolean | null | undefined }): ReactElement {
  return h(Choice, {
    label: props.label,
    options: [
      ['oui', props.value === true],
      ['non', props.value === false],
    ],
  });
}

/** Characters in square boxes, with a caption below, as the administration block of the paper form. */
export function Boxes(props: { caption: string; value: string; size: number }): ReactElement {
  const chars = props.value.padEnd(props.size, ' ').slice(0, props.size).split('');
  return h(
    View,
    { style: styles.boxGroup },
    h(View, { style: styles.boxLine }, ...chars.map((c, i) => h(Text, { key: String(i), style: styles.box }, c === ' ' ? '' : c))),
    h(Text, { style: styles.boxCaption }, props.caption),
  );
}

export function Paragraph(props: { children?: ReactNode; bold?: boolean }): ReactElement {
  return h(Text, { style: [styles.paragraph, props.bold ? { fontWeight: 'bold' } : {}] }, props.children);
}

export function Bullet(props: { mark?: string; children?: ReactNode }): ReactElement {
  return h(View, { style: styles.bullet }, h(Text, { style: styles.bulletMark }, props.mark ?? '–'), h(Text, { style: styles.bulletText }, props.children));
}

/**
 * Footer repeated on every page: document reference on the left, copy and
 * recipient on the right. (The library's dynamic page-number text does not
 * render with this setup, so pages are not numbered.)
 */
export function Footer(props: { left: string; right: string }): ReactElement {
  return h(View, { style: styles.footer, fixed: true }, h(Text, null, props.left), h(Text, { style: styles.footerCopy }, props.right));
}

/** A simple table: header cells then rows of strings; `widths` are flex shares per column. */
export function Table(props: { head: readonly string[]; rows: readonly (readonly string[])[]; widths?: readonly number[] }): ReactElement {
  const cell = (text: string, i: number) => h(Text, { key: String(i), style: [styles.tableCell, { flexGrow: props.widths?.[i] ?? 1 }] }, text);
  return h(
    View,
    { style: styles.table },
    h(View, { style: styles.tableHead, fixed: false }, ...props.head.map(cell)),
    ...props.rows.map((r, ri) => h(View, { key: String(ri), style: styles.tableRow, wrap: false }, ...r.map(cell))),
  );
}

/** The employer's signatory as the profile names them (`employerSignatory(db)`), or null: the block is then left to fill by hand. */
export interface EmployerSignatory {
  name: string;
  quality: string;
  organisation: string;
}

/** « Fait à …, le … », the signatory, and the space for the signature (and stamp) of the employer. */
export function EmployerSignature(props: {
  signatory: EmployerSignatory | null;
  place: string | null | undefined;
  /** `YYYY-MM-DD`. */
  on: string;
  caption: string;
  marginLeft: number;
  marginTop?: number;
  gap?: number;
}): ReactElement {
  const s = props.signatory;
  const dots = '……………………………';
  const lines = s
    ? [`Fait à ${props.place ?? dots}, le ${date(props.on)}`, `${s.name}, ${s.quality}`, s.organisation]
    : [`Fait à ${dots}, le ……/……/…………`, 'Nom et qualité du signataire : ……………………………………………………'];
  return h(
    View,
    { style: { marginTop: props.marginTop ?? 10, marginLeft: props.marginLeft }, wrap: false },
    ...lines.map((line, i) => h(Text, { key: String(i), style: i === 1 && s ? styles.value : {} }, line)),
    h(Text, { style: [styles.sub, { marginTop: props.gap ?? 40 }] }, props.caption),
  );
}
