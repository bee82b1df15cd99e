import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { setUpDesk, countStoredDocs, DESK, ADMIN } from './desk-flows';

test('the app opens in Arabic, right to left', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: tr('setup.title') })).toBeVisible();
  // Mantine follows the document direction (its inputs and fieldsets lay out from the right).
  const direction = await page.getByRole('textbox', { name: tr('setup.associationName'), exact: true }).evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
  // The show-password buttons are named in Arabic too (Mantine's own name is English).
  await expect(page.getByRole('button', { name: tr('signIn.showPassword'), exact: true })).toHaveCount(2);
  await expect(page.getByRole('button', { name: /password/i })).toHaveCount(0);
});

test('first-run setup, then the home screen shows the desk and the user', async ({ page }) => {
  await setUpDesk(page);
  await expect(page.getByTestId('desk-name')).toContainText(DESK.deskName);
  await expect(page.getByTestId('desk-name')).toContainText(DESK.association);
  await expect(page.getByTestId('signed-in-user')).toHaveText(tr('header.signedInAs', { name: ADMIN.name }));
  await expect(page.getByText(tr('home.desk', { desk: DESK.deskName, code: DESK.code }))).toBeVisible();
  await expect(page.getByText(tr('home.roles', { roles: tr('roles.admin') }))).toBeVisible();
  // The IndexedDB reader used by the bad-input test really sees documents (its zero means something).
  expect(await countStoredDocs(page, 'staff')).toBe(1);
  const nav = page.getByRole('navigation', { name: tr('nav.label') });
  for (const key of ['nav.home', 'nav.beneficiaries', 'nav.requests', 'nav.staff', 'nav.settings', 'nav.about']) {
    await expect(nav.getByRole('link', { name: tr(key) })).toBeVisible();
  }
  // The beneficiaries and requests screens are real now (registry-*.spec.ts, intake-*.spec.ts).
  await nav.getByRole('link', { name: tr('nav.requests') }).click();
  await expect(page.getByRole('heading', { name: tr('requests.title'), exact: true })).toBeVisible();
});

test('English and back flips direction and text', async ({ page }) => {
  await setUpDesk(page);
  await page.getByRole('button', { name: new RegExp(tr('language.en')) }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: tr('home.welcome', { name: ADMIN.name }, 'en') })).toBeVisible();
  await expect(page.getByRole('button', { name: tr('header.signOut', {}, 'en') })).toBeVisible();

  // The choice is the desk's: it survives a reload (sign-in comes up in English).
  await page.reload();
  await expect(page.getByRole('heading', { name: tr('signIn.title', {}, 'en') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('button', { name: tr('signIn.showPassword', {}, 'en'), exact: true })).toHaveCount(1);

  await page.getByRole('button', { name: new RegExp(tr('language.ar', {}, 'en')) }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { name: tr('signIn.title') })).toBeVisible();
  await expect(page.getByRole('button', { name: tr('signIn.showPassword'), exact: true })).toHaveCount(1);
});
