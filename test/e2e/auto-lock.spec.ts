import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { ADMIN, CLERK, expectHome, field, setUpDesk, signIn } from './desk-flows';
import { addStaffMember } from './staff-flows';

test('idle desk locks itself; quick unlock; switch user', async ({ page }) => {
  await page.clock.install();
  await setUpDesk(page);
  await addStaffMember(page, CLERK, ['roles.receptionist']);
  await page.getByRole('link', { name: tr('nav.home') }).click();
  await expectHome(page, ADMIN.name);

  // Less than the default 5 idle minutes: still open.
  await page.clock.fastForward('04:00');
  await expectHome(page, ADMIN.name);
  // Past it: the lock screen, for the same user.
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: tr('lock.title') })).toBeVisible();
  await expect(page.getByText(tr('lock.lockedFor', { name: ADMIN.name }))).toBeVisible();

  // A wrong password is refused; the right one unlocks straight back into the app.
  const password = field(page, 'lock.password');
  await expect(password).toBeFocused();
  await password.fill('not-the-password');
  await password.press('Enter');
  await expect(page.getByText(tr('errors.auth.wrong-password'), { exact: true })).toBeVisible();
  await password.fill(ADMIN.password);
  await password.press('Enter');
  await expectHome(page, ADMIN.name);

  // Locking by hand, then another staff member takes the desk.
  await page.getByRole('button', { name: tr('header.lock') }).click();
  await expect(page.getByRole('heading', { name: tr('lock.title') })).toBeVisible();
  await page.getByRole('button', { name: tr('lock.switchUser') }).click();
  await signIn(page, CLERK.name, CLERK.password);
  await expectHome(page, CLERK.name);
  await expect(page.getByTestId('signed-in-user')).toHaveText(tr('header.signedInAs', { name: CLERK.name }));
});
