import { expect, type Page } from '@playwright/test';
import { tr } from './ar-strings';
import { field } from './desk-flows';

export interface NewStaff {
  name: string;
  username: string;
  password: string;
}

/** As the signed-in admin: opens the staff screen and adds a member with the given role keys. */
export async function addStaffMember(page: Page, staff: NewStaff, roleKeys: string[]): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.staff') }).click();
  await expect(page.getByRole('heading', { name: tr('staff.addTitle') })).toBeVisible();
  await field(page, 'staff.displayName').fill(staff.name);
  await field(page, 'staff.username').fill(staff.username);
  for (const key of roleKeys) await page.getByRole('checkbox', { name: tr(key), exact: true }).check();
  await field(page, 'staff.password').fill(staff.password);
  await field(page, 'staff.passwordConfirm').fill(staff.password);
  await field(page, 'staff.passwordConfirm').press('Enter');
  await expect(page.getByText(tr('staff.added', { name: staff.name }))).toBeVisible({ timeout: 20_000 });
}
