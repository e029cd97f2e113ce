/**
 * Runs axe-core (WCAG 2.0/2.1, levels A and AA) in a page of the app and
 * returns its violations in a form a failing assertion can print: rule,
 * impact, help, and the CSS targets of the nodes (with axe's own summary of
 * what fails, for example the contrast ratio measured).
 */
import axe, { type AxeResults, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * The violations of the page as it is now. axe is evaluated in the page once
 * per document through the DevTools protocol: a <script> tag would be refused
 * by the app's Content-Security-Policy (scripts need the launch's nonce).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async (tags) => {
      const runner = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe;
      const results = await runner.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
      }));
    },
    [...AXE_TAGS],
  );
}

/** One line per failing node, for an assertion's message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.flatMap((v) => v.nodes.map((n) => `[${v.rule}] ${n.target} — ${n.summary || v.help}`)).join('\n');
}
