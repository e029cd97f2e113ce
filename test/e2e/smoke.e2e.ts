import { describe, expect, it } from 'vitest';
import { startApp, useBrowser } from './harness';

const browser = useBrowser();

describe('browser mode', () => {
  it('serves the French page with its token', async () => {
    const app = await startApp(browser);
    try {
      await expect.poll(() => app.page.textContent('body')).toContain('Conventions CAE');
      expect(await app.page.getAttribute('html', 'lang')).toBe('fr');
    } finally {
      await app.close();
    }
  });
});
