/**
 * Moving through a page with the keyboard alone, as test/e2e/keyboard.e2e.ts
 * does: what has the focus (its accessible name), Tab until a named control,
 * and typing, choosing, answering and ticking from there.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What has the focus, as a person hears it: its accessible name (aria-label,
 * aria-labelledby, its label, else its text), prefixed for a radio or a check
 * box with the name of its group (« Question › Oui »); the « * » of a
 * required field left out.
 */
function focusedName(): string {
  const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const byIds = (ids: string | null) =>
    (ids ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => text(document.getElementById(id)))
      .join(' ');
  const nameOf = (e: Element): string => {
    const label = (e as HTMLInputElement).labels?.[0];
    return (e.getAttribute('aria-label') ?? byIds(e.getAttribute('aria-labelledby'))) || (label ? text(label) : '') || text(e);
  };
  const element = document.activeElement;
  if (!element || element === document.body) return '(page)';
  let name = nameOf(element).replace(/\s*\*$/, '');
  const group = element.matches('input[type=radio], input[type=checkbox]') ? element.closest('[role=radiogroup], [role=group], fieldset') : null;
  if (group) {
    const legend = group.querySelector('legend');
    name = `${(group.getAttribute('aria-label') ?? byIds(group.getAttribute('aria-labelledby'))) || (legend ? text(legend) : '')} › ${name}`.replace(
      /\s*\* ›/,
      ' ›',
    );
  }
  return name;
}

export const focused = (page: Page) => page.evaluate(focusedName);

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element's accessible
 * name is `name` (a RegExp: matches it), at most `max` times; fails with the
 * list of what had the focus on the way.
 */
export async function tabTo(page: Page, name: string | RegExp, { back = false, max = 40 } = {}): Promise<void> {
  const seen: string[] = [];
  const wanted = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (wanted(now)) return;
    seen.push(now);
  }
  throw new Error(`« ${String(name)} » jamais atteint en ${max} ${back ? 'Maj+Tab' : 'Tab'} ; focus successifs :\n${seen.join('\n')}`);
}

/** Tabs to a text field, empties it (select all, delete) and types `value`. */
export async function type(page: Page, label: string, value: string, options?: { back?: boolean; max?: number }) {
  await tabTo(page, label, options);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(value);
}

/** Tabs to a native select and moves with ArrowDown until the option shown starts with `option`. */
export async function choose(page: Page, label: string, option: string) {
  await tabTo(page, label);
  for (let i = 0; i < 60; i++) {
    const shown = await page.evaluate(() => {
      const select = document.activeElement as HTMLSelectElement;
      return select.selectedOptions[0]?.textContent ?? '';
    });
    if (shown.startsWith(option)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option « ${option} » introuvable dans « ${label} »`);
}

/** A yes/no question: Tab lands on « Oui »; Space ticks it, ArrowRight moves to « Non » and ticks it. */
export async function answer(page: Page, question: string, value: 'Oui' | 'Non') {
  await tabTo(page, `${question} › Oui`);
  await page.keyboard.press(value === 'Oui' ? 'Space' : 'ArrowRight');
  expect(await focused(page)).toBe(`${question} › ${value}`);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
}

export async function tick(page: Page, group: string, box: string) {
  await tabTo(page, `${group} › ${box}`);
  await page.keyboard.press('Space');
}

/** Enter on the focused element, after checking it is the one named. */
export async function press(page: Page, name: string, key: 'Enter' | 'Space' = 'Enter') {
  expect(await focused(page)).toBe(name);
  await page.keyboard.press(key);
}
