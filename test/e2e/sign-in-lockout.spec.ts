import { test, expect } from './fixtures';
import { prefixOf, tr } from './ar-strings';
import { ADMIN, expectHome, field, setUpDesk, signIn, signOut } from './desk-flows';

test('five wrong passwords lock the account; the right one is refused until the wait is over', async ({ page }) => {
  // A controllable clock from the first script on, so the lockout wait can be skipped.
  await page.clock.install();
  await setUpDesk(page);
  await signOut(page);

  const wrong = page.getByText(tr('errors.auth.wrong-password'), { exact: true });
  const lockout = page.getByTestId('lockout-message');
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await signIn(page, ADMIN.name, `wrong-password-${attempt}`);
    await expect(wrong).toBeVisible();
    await expect(lockout).toBeHidden();
  }
  await signIn(page, ADMIN.name, 'wrong-password-5');
  await expect(lockout).toContainText(prefixOf('errors.auth.locked'));
  await expect(lockout).toContainText(/\d+/);

  // The right password is refused while locked...
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(lockout).toBeVisible();
  await expect(page.getByRole('heading', { name: tr('signIn.title') })).toBeVisible();

  // ...a reload does not reset the lockout (it lives on the staff document)...
  await page.reload();
  await expect(page.getByRole('heading', { name: tr('signIn.title') })).toBeVisible();
  await field(page, 'signIn.staff', 'combobox').selectOption({ label: ADMIN.name });
  await expect(lockout).toBeVisible();
  const before = Number((await lockout.textContent())?.match(/\d+/)?.[0]);
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThanOrEqual(60);

  // ...the countdown runs, and once the wait has passed the right password works.
  await page.clock.fastForward(5_000);
  await expect.poll(async () => Number((await lockout.textContent())?.match(/\d+/)?.[0])).toBeLessThan(before);
  await page.clock.fastForward(61_000);
  await expect(lockout).toBeHidden();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expectHome(page, ADMIN.name);
});
