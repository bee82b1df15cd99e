import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { ADMIN, DESK, field, setUpDesk } from './desk-flows';

test('the admin edits the desk settings; the desk code stays read-only; a shorter idle lock applies', async ({ page }) => {
  await page.clock.install();
  await setUpDesk(page);
  await page.getByRole('link', { name: tr('nav.settings') }).click();
  await expect(page.getByRole('heading', { name: tr('settings.title') })).toBeVisible();
  const code = field(page, 'settings.deskCode');
  await expect(code).toHaveValue(DESK.code);
  await expect(code).toHaveAttribute('readonly', '');

  const minutes = field(page, 'settings.idleLockMinutes');
  await minutes.fill('0');
  await page.getByRole('button', { name: tr('settings.submit') }).click();
  await expect(page.getByText(tr('errors.idle.range'), { exact: true })).toBeVisible();

  await field(page, 'settings.deskName').fill('مكتب الخدمات');
  await minutes.fill('1');
  await minutes.press('Enter');
  await expect(page.getByText(tr('settings.saved'))).toBeVisible();
  await expect(page.getByTestId('desk-name')).toContainText('مكتب الخدمات');

  // The new idle limit is in force: a minute and a half without activity locks the desk.
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: tr('lock.title') })).toBeVisible();
  await field(page, 'lock.password').fill(ADMIN.password);
  await field(page, 'lock.password').press('Enter');
  // Unlocking returns to the screen that was open, with the saved values.
  await expect(page.getByRole('heading', { name: tr('settings.title') })).toBeVisible();
  await expect(field(page, 'settings.deskName')).toHaveValue('مكتب الخدمات');
});
