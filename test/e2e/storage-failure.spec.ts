/**
 * A save that the desk's storage refuses says so in the desk's language, never with the
 * exception's text (shared/errors.ts maps it; the screen shows only the translated key). The
 * failure is real: Chromium's own quota for the page's origin is set to one byte, so IndexedDB
 * refuses the write with QuotaExceededError, as on a full disk.
 */
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { field, setUpDesk } from './desk-flows';

test('a settings save on a full disk shows the translated reason, and saves once there is room', async ({ page }) => {
  await setUpDesk(page);
  await page.getByRole('link', { name: tr('nav.settings') }).click();
  await expect(page.getByRole('heading', { name: tr('settings.title') })).toBeVisible();
  await field(page, 'settings.deskName').fill('مكتب الخدمات');

  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await page.getByRole('button', { name: tr('settings.submit') }).click();
  const alert = page.getByRole('alert').filter({ hasText: tr('errors.failure.storage-full') });
  await expect(alert).toHaveText(tr('errors.save-failed', { message: tr('errors.failure.storage-full') }));
  await expect(page.locator('body')).not.toContainText(/Quota|Error|Dexie|RxDB/i);
  await expect(page.getByTestId('desk-name')).not.toContainText('مكتب الخدمات');

  // Room again (the override lifted): the same save goes through and the message goes away.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByRole('button', { name: tr('settings.submit') }).click();
  await expect(page.getByText(tr('settings.saved'))).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(page.getByTestId('desk-name')).toContainText('مكتب الخدمات');
});
