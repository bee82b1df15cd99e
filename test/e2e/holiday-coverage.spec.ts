/**
 * Standing notices on the admin's home screen, in the browser build: the build's own notice (its at-rest
 * key sits in the browser profile, policy 6b), and the holiday table's coverage: seeded with the projected
 * Eids of 1448 and 1449 it covers the next 12 months; once the admin takes Eid al-Fitr 1448 out, home warns.
 */
import { expect, test } from './fixtures';
import { tr } from './ar-strings';
import { setUpDesk } from './desk-flows';

/** Saturday 5 December 2026, 09:00 in Riyadh: the table must reach December 2027. */
const TODAY = new Date('2026-12-05T06:00:00.000Z');

test('the admin home shows the browser-build notice, and warns when the holiday table covers < 12 months', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await setUpDesk(page);
  await expect(page.getByTestId('browser-build-notice')).toHaveText(tr('browserBuild.notice'));
  const warning = page.getByRole('alert').filter({ hasText: tr('home.holidaysShort.title') });
  await expect(page.getByRole('heading', { name: tr('home.welcome', { name: 'نورة العتيبي' }) })).toBeVisible();
  await expect(warning).toHaveCount(0);

  // The projected Eid is marked as such; the admin takes it out of the table.
  await page.getByRole('link', { name: tr('nav.catalog') }).click();
  await page.getByRole('tab', { name: tr('catalogAdmin.tabs.holidays') }).click();
  const fitr = page.getByRole('table', { name: tr('catalogAdmin.holidays.list') }).getByRole('row').filter({ hasText: 'إجازة عيد الفطر ١٤٤٨' });
  await expect(fitr).toContainText(tr('catalogAdmin.holidays.projectedBadge'));
  await expect(page.getByTestId('browser-build-notice')).toBeVisible();
  await fitr.getByRole('button', { name: tr('catalogAdmin.holidays.remove') }).click();
  await expect(page.getByRole('status').filter({ hasText: tr('catalogAdmin.holidays.saved') })).toBeVisible();

  await page.getByRole('link', { name: tr('nav.home') }).click();
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(tr('catalogAdmin.holidays.kinds.eid-fitr'));
  await page.screenshot({ path: test.info().outputPath('holiday-coverage-warning.png'), fullPage: true });
  await warning.getByRole('link', { name: tr('home.holidaysShort.open') }).click();
  await expect(page.getByRole('heading', { name: tr('catalogAdmin.title') })).toBeVisible();
});
