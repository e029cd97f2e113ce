/**
 * A polite live region (role="status") that is always in the page, its text
 * changing: what long work is under way (the button's spinner says it only
 * to the eye), then how it ended. A region added together with its text is
 * often not read by screen readers; this one is there from the start.
 * Visually hidden: the screen shows the same thing its own way.
 */
import { VisuallyHidden } from '@mantine/core';

export function LiveStatus({ text }: { text: string | null | undefined }) {
  return <VisuallyHidden role="status">{text ?? ''}</VisuallyHidden>;
}
