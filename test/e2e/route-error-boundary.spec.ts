/**
 * A screen that fails while rendering shows a translated message and a way back inside the shell,
 * never the error's text or a stack. The failure is real: a stored request is damaged straight in
 * IndexedDB (what someone editing the database files would do), and its screen is opened by URL.
 * This spec expects the screen's own error in the console, so it watches problems itself and
 * allows exactly that error (and React Router's report of it), nothing else.
 */
import { test as base, expect } from '@playwright/test';
import { watchProblems } from './fixtures';
import { tr } from './ar-strings';
import { rewriteStoredDocs } from './stored-docs';
import { ADMIN, expectHome, signIn } from './desk-flows';
import { FOOD_BASKET, deskWithBeneficiary, startIntake } from './intake-flows';

const test = base;

test('a failing screen: translated message, shell still up, a way back, no stack', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await watchProblems(page);
  await deskWithBeneficiary(page);
  await startIntake(page, FOOD_BASKET.name);
  const requestUrl = page.url();

  // The request loses its type behind the app's back: its screen reads request.requestType.nameAr.
  const damaged = await rewriteStoredDocs(page, 'requests', { requestType: null });
  expect(damaged).toBe(1);
  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expectHome(page, ADMIN.name);
  await page.goto(requestUrl);

  const failure = page.getByTestId('route-error');
  await expect(failure.getByRole('heading', { name: tr('app.routeError.title') })).toBeVisible({ timeout: 20_000 });
  await expect(failure).toContainText(tr('app.routeError.hint'));
  // The shell stays: navigation and header still work around the failed screen.
  await expect(page.getByRole('navigation').getByRole('link', { name: tr('nav.requests') })).toBeVisible();
  const shown = await page.locator('body').innerText();
  for (const trace of ['at ', '.tsx', '.js', 'Error:', 'TypeError', 'requestType', 'null']) expect(shown).not.toContain(trace);
  await page.screenshot({ path: test.info().outputPath('route-error.png'), fullPage: true });

  // The way back: home, and the rest of the app works.
  await failure.getByRole('button', { name: tr('app.routeError.home') }).click();
  await expectHome(page, ADMIN.name);
  await expect(page.getByTestId('route-error')).toHaveCount(0);
  await page.goto(requestUrl);
  await expect(failure).toBeVisible({ timeout: 20_000 });
  await failure.getByRole('button', { name: tr('app.routeError.back') }).click();
  await expectHome(page, ADMIN.name);

  // Only the damaged screen's own error reached the console; no CSP violation, nothing else.
  const seen = problems();
  expect(seen.length).toBeGreaterThan(0);
  for (const problem of seen) expect(problem).toMatch(/^console\.error: .*(nameAr|React Router caught)/s);
});
