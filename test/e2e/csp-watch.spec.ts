import { test, expect } from '@playwright/test';
import { watchProblems } from './fixtures';
import { tr } from './ar-strings';

// The problem watch of fixtures.ts must itself be proven to see what it guards against.
test('the problem watch sees a CSP violation and a console error', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: tr('setup.title') })).toBeVisible();
  await page.evaluate(() => {
    const style = document.createElement('style'); // no nonce: style-src refuses it
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
  await expect.poll(() => problems().some((p) => p.startsWith('csp: style-src'))).toBe(true);
  await page.evaluate(() => console.error('deliberate'));
  await expect.poll(() => problems().some((p) => p.includes('deliberate'))).toBe(true);
});
