/**
 * Reflow (WCAG 1.4.10, RGAA 10.11): on every screen of both demo workspaces,
 * in a window 1024 px wide and at 200 % zoom of a 1280×800 window (640×400
 * CSS px, two device pixels each), the page never scrolls sideways and no
 * text is cut off (a table may scroll inside its own container). And the
 * navigation's column reaches the bottom of a long page. A failure lists
 * each screen and width with what is wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeObligationsSummary, startApp, useBrowser } from './harness';
import { agencyTour, employerTour, heading, section } from './steps/screens';

const browser = useBrowser();
const SHOTS = process.env.CAE_SCREENSHOTS;

/** The two windows: 1024×768, and 1280×800 at 200 % (640×400 CSS px). */
const SIZES = [
  { name: '1024 px', width: 1024, height: 768, deviceScaleFactor: 1 },
  { name: '200 %', width: 640, height: 400, deviceScaleFactor: 2 },
] as const;

/**
 * What is wrong with the page as it is now: horizontal scrolling of the page,
 * or a visible text outside the window or clipped by a box that hides its
 * overflow (a text inside a container that scrolls sideways can be reached).
 */
function reflowProblems(): string[] {
  const root = document.scrollingElement ?? document.documentElement;
  const width = root.clientWidth;
  const problems: string[] = [];
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/)[0]}` : ''}`;
  const scrollsSideways = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth;
  if (root.scrollWidth > width) {
    // The boxes that go past the right edge while none of their children does: what widens the page.
    const past = (el: Element) => el.getBoundingClientRect().right > width + 1;
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (p !== root && p !== document.body && scrollsSideways(p)) return true;
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => past(el) && ![...el.children].some(past) && (!inScroller(el) || ['absolute', 'fixed'].includes(getComputedStyle(el).position)))
      .slice(0, 3);
    problems.push(`la page défile en largeur : ${root.scrollWidth} px pour ${width} px (${culprits.map(describe).join(', ')})`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    const parent = node.parentElement;
    if (!text || !parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    let clipped = '';
    let reachable = false;
    // What shows of the text: its own box, or the box that cuts it with « … ».
    let shownBox = box;
    for (let el: Element | null = parent; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el);
      // A visually hidden text (for screen readers) is clipped on purpose.
      if (style.position === 'absolute' && el.getBoundingClientRect().width <= 1) reachable = true;
      if (reachable || scrollsSideways(el)) {
        reachable = true;
        break;
      }
      if (['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY)) {
        const outer = el.getBoundingClientRect();
        if (shownBox.left < outer.left - 1 || shownBox.right > outer.right + 1 || shownBox.top < outer.top - 1 || shownBox.bottom > outer.bottom + 1) {
          // Cut with an ellipsis and told whole in its title: not lost; what shows is the box that cuts it (looked at further up).
          if (style.textOverflow === 'ellipsis' && el.getAttribute('title')) {
            shownBox = outer;
            continue;
          }
          clipped = describe(el);
          break;
        }
      }
    }
    if (reachable) continue;
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    if (clipped) problems.push(`« ${shown} » coupé par ${clipped}`);
    else if (shownBox.right > width + 1 || shownBox.left < -1)
      problems.push(`« ${shown} » hors de la fenêtre (${Math.round(shownBox.left)} à ${Math.round(shownBox.right)} px)`);
  }
  return [...new Set(problems)];
}

/** The page as it is drawn now, up to 2,000 px high (Playwright's full-page screenshot would undo the emulated window). */
async function shot(page: Page, cdp: CDPSession, file: string) {
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  const clip = { x: 0, y: 0, width, height: Math.min(height, 2000), scale: 1 };
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip });
  fs.writeFileSync(path.join(SHOTS ?? '', file), Buffer.from(data, 'base64'));
}

/** Checks the screen at each size, then goes back to 1024 px (the navigation column shown, to follow its links). */
async function checkSizes(page: Page, cdp: CDPSession, report: string[], screen: string) {
  for (const size of SIZES) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, mobile: false });
    // The new width applied, the layout settled (the navigation slides in or out) and the data shown (no placeholder left).
    await page.waitForFunction(
      (w) =>
        document.documentElement.clientWidth <= w &&
        !document.getAnimations().some((a) => a instanceof CSSTransition && a.playState === 'running') &&
        !document.querySelector('main [aria-busy="true"], main .mantine-Skeleton-root[data-visible]'),
      size.width,
    );
    const problems = await page.evaluate(reflowProblems);
    if (problems.length) report.push(`## ${screen}, ${size.name}\n${problems.join('\n')}`);
    if (SHOTS) await shot(page, cdp, `reflow-${size.width}-${screen.replace(/[^\w-]+/g, '_')}.png`);
  }
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...SIZES[0], mobile: false });
}

/** The colours (#rrggbb) of a PNG at each row × column, read in a blank page of the browser (the app's CSP admits no data: image). */
async function pixels(page: Page, png: Buffer, rows: number[], columns: number[]): Promise<string[][]> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ({ b64, rows, columns }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('pas de canvas 2d');
        context.drawImage(image, 0, 0);
        const hex = (x: number, y: number) => `#${[...context.getImageData(x, y, 1, 1).data.slice(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
        return rows.map((y) => columns.map((x) => hex(x, y)));
      },
      { b64: png.toString('base64'), rows, columns },
    );
  } finally {
    await blank.close();
  }
}

function expectNone(report: string[], screens: number) {
  expect(report.join('\n'), `défaut d'affichage sur ${report.length} écran et largeur(s), ${screens} écrans à 2 largeurs`).toBe('');
}

describe('reflow at 1024 px and at 200 % zoom (WCAG 1.4.10)', () => {
  it('shows every screen of the agency demo without horizontal scrolling or text cut off', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    const report: string[] = [];
    try {
      const cdp = await app.page.context().newCDPSession(app.page);
      const screens = await agencyTour(app.page, app.url, (screen) => checkSizes(app.page, cdp, report, screen));
      expectNone(report, screens);
    } finally {
      await app.close();
    }
  });

  it('shows every screen of the employer demo without horizontal scrolling or text cut off', async () => {
    const app = await startApp(browser, { demo: 'employeur' });
    const report: string[] = [];
    try {
      const cdp = await app.page.context().newCDPSession(app.page);
      await app.page.getByRole('dialog', { name: 'Vos obligations' }).waitFor();
      await checkSizes(app.page, cdp, report, 'Employeur, dialogue Vos obligations');
      await closeObligationsSummary(app.page);
      const screens = await employerTour(app.page, app.url, (screen) => checkSizes(app.page, cdp, report, screen));
      expectNone(report, screens + 1);
    } finally {
      await app.close();
    }
  });

  it('extends the navigation column to the bottom of a long page, in the window and in a full-page capture', async () => {
    const app = await startApp(browser, { demo: 'agence' });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await heading(page, "Tableau de bord de l'agence");
      await section(page, 'Conventions', 'Conventions');
      const sizes = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        root.scrollTop = root.scrollHeight;
        const navbar = document.querySelector('.mantine-AppShell-navbar');
        const box = navbar?.getBoundingClientRect();
        return { page: root.scrollHeight, window: window.innerHeight, bottom: box?.bottom ?? 0, right: box?.right ?? 0 };
      });
      expect(sizes.page, 'la liste des conventions est plus haute que la fenêtre').toBeGreaterThan(sizes.window);
      expect(sizes.bottom, 'bas de la colonne de navigation, page défilée jusqu’en bas').toBeGreaterThanOrEqual(sizes.window);
      // The whole page captured (as printed): the column's white and its right border go down to the bottom.
      const capture = await page.screenshot({ fullPage: true });
      const rows = [sizes.window + 100, Math.round(sizes.page / 2), sizes.page - 4];
      // Inside the column, on its border, and in the page's margin on the right (beside the list).
      const columns = { column: 120, border: Math.round(sizes.right) - 1, content: 1024 - 6 };
      const found = await pixels(app.page, capture, rows, Object.values(columns));
      for (const [i, y] of rows.entries()) {
        const [column, border, content] = found[i] ?? [];
        expect({ y, column, border, content }).toEqual({ y, column: '#ffffff', border: '#dee2e6', content: '#f8f9fa' });
      }
    } finally {
      await app.close();
    }
  });
});
