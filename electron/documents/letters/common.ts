/** Letterhead, reference line and signature shared by the avenant and the dénonciation letter. */
import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { styles } from '../styles';

export function Letterhead(props: { issuer: string; place?: string | undefined; date: string; recipient: string[] }): ReactElement {
  return h(
    View,
    { style: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 18 } },
    h(View, null, h(Text, { style: styles.ministry }, 'RÉPUBLIQUE FRANÇAISE'), h(Text, { style: styles.value }, props.issuer)),
    h(
      View,
      { style: { width: 220 } },
      h(Text, { style: { marginBottom: 10 } }, `${props.place ? `${props.place}, le ` : 'Le '}${props.date}`),
      ...props.recipient.map((line, i) => h(Text, { key: String(i), style: i === 0 ? styles.value : {} }, line)),
    ),
  );
}

export function Subject(props: { lines: string[] }): ReactElement {
  return h(View, { style: { marginBottom: 10 } }, ...props.lines.map((l, i) => h(Text, { key: String(i), style: i === 0 ? styles.value : styles.label }, l)));
}

export function LetterSignature(props: { signatory: string }): ReactElement {
  return h(
    View,
    { style: { marginTop: 14, marginLeft: 280 }, wrap: false },
    h(Text, { style: styles.value }, props.signatory),
    h(Text, { style: [styles.sub, { marginTop: 44 }] }, '(Signature et cachet)'),
  );
}
