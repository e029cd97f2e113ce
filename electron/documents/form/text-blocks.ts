/** Renders headed paragraphs and bullet lists (conditions générales, notice, letters). */
import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { styles } from '../styles';
import { Bullet, Paragraph } from '../ui';
import type { TextBlock } from './conditions-cae';

export function TextBlocks(props: { blocks: readonly TextBlock[]; title?: string }): ReactElement {
  return h(
    View,
    { style: styles.conditions },
    props.title ? h(Text, { style: styles.bigHeading }, props.title) : null,
    ...props.blocks.map((b, i) =>
      h(
        View,
        { key: String(i) },
        b.heading ? h(Text, { style: styles.heading, minPresenceAhead: 30 }, b.heading) : null,
        ...b.paragraphs.map((p, j) => h(Paragraph, { key: `p${j}` }, p)),
        ...(b.bullets ?? []).map((t, j) => h(Bullet, { key: `b${j}` }, t)),
      ),
    ),
  );
}
