import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { ADMIN, CLERK, expectHome, field, setUpDesk, signIn, signOut } from './desk-flows';
import { addStaffMember } from './staff-flows';

test('a staff member added by the admin survives a reload and signs in with their roles', async ({ page }) => {
  await setUpDesk(page);
  await addStaffMember(page, CLERK, ['roles.receptionist', 'roles.field-worker']);
  const table = page.getByRole('table', { name: tr('staff.listTitle') });
  await expect(table.getByRole('row', { name: new RegExp(CLERK.name) })).toContainText(tr('roles.field-worker'));

  // Bad input on the same form: a taken username and a weak password, translated.
  await field(page, 'staff.displayName').fill('موظف آخر');
  await field(page, 'staff.username').fill(CLERK.username);
  await field(page, 'staff.password').fill('1234567890');
  await field(page, 'staff.passwordConfirm').fill('1234567890');
  await page.getByRole('button', { name: tr('staff.submit') }).click();
  await expect(page.getByText(tr('errors.staff.username-taken'), { exact: true })).toBeVisible();
  await expect(page.getByText(tr('errors.staff.roles-required'), { exact: true })).toBeVisible();
  await expect(page.getByText(tr('errors.password.all-digits'), { exact: true })).toBeVisible();

  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expectHome(page, ADMIN.name);
  await page.getByRole('link', { name: tr('nav.staff') }).click();
  await expect(page.getByRole('table', { name: tr('staff.listTitle') }).getByRole('row', { name: new RegExp(CLERK.name) })).toBeVisible();
  await signOut(page);

  await signIn(page, CLERK.name, CLERK.password);
  await expectHome(page, CLERK.name);
  const roles = [tr('roles.receptionist'), tr('roles.field-worker')];
  await expect(page.getByText(tr('home.roles', { roles: roles.join('، ') }))).toBeVisible();
  // Not an admin: no staff or settings in the navigation, and the route itself refuses.
  const nav = page.getByRole('navigation', { name: tr('nav.label') });
  await expect(nav.getByRole('link', { name: tr('nav.home') })).toBeVisible();
  await expect(nav.getByRole('link', { name: tr('nav.staff') })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: tr('nav.settings') })).toHaveCount(0);
  await page.evaluate(() => {
    window.location.hash = '#/staff';
  });
  await expect(page.getByRole('alert').filter({ hasText: tr('errors.auth.not-allowed') })).toBeVisible();
  await expect(page.getByRole('heading', { name: tr('staff.addTitle') })).toHaveCount(0);
});
