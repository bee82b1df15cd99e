/**
 * axe-core over every screen, in Arabic and in English: no serious or critical WCAG 2 A/AA
 * violation (unlabelled fields, contrast, names of buttons and links, ARIA misuse). One walk of
 * the reception path with the shared flows; on each screen the header's language switch flips
 * the same screen to English and back, so both languages are checked on the same state.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { prepareDeclaration } from './declaration-flows';
import { ADMIN, GOOD_SETUP, expectHome, fillSetup } from './desk-flows';
import { FOOD_BASKET, PDF_FILE, PNG_FILE, attach, expectSaved, fieldInput } from './intake-flows';
import { FATIMA, fillPerson, openNewFile, openRegistry, saveAndExpectFile } from './registry-flows';

type Locale = 'ar' | 'en';

async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Violations only: axe skips collecting the passing nodes, the bulk of its time.
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).options({ resultTypes: ['violations'] }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.slice(0, 4).map((node) => node.target.join(' ')).join(' | ')}`);
  // Soft: one run lists every screen's problems.
  expect.soft(serious, `serious or critical axe violations on ${screen}`).toEqual([]);
}

async function switchTo(page: Page, locale: Locale): Promise<void> {
  const from: Locale = locale === 'ar' ? 'en' : 'ar';
  // Enter, not a click: no wait for a 'stable' box while a screen keeps animating.
  await page.getByRole('button', { name: new RegExp(tr(`language.${locale}`, {}, from)) }).first().press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** The screen as it is (Arabic), then the same screen in English, then back to Arabic. */
async function checkBoth(page: Page, screen: string): Promise<void> {
  await expectAccessible(page, `${screen} (ar)`);
  await switchTo(page, 'en');
  await expectAccessible(page, `${screen} (en)`);
  await switchTo(page, 'ar');
}

async function goTo(page: Page, hash: string, titleKey: string): Promise<void> {
  await page.evaluate((to) => {
    window.location.hash = to;
  }, hash);
  await expect(page.getByRole('heading', { name: tr(titleKey), exact: true }).first()).toBeVisible({ timeout: 20_000 });
}

test('every screen in Arabic and English has no serious or critical axe violation', async ({ page }) => {
  // Some twenty screens, each analysed twice (Arabic, English): about five minutes on a loaded 2-core machine.
  test.setTimeout(420_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: tr('setup.title') })).toBeVisible();
  await checkBoth(page, 'setup');
  await fillSetup(page, GOOD_SETUP);
  await page.getByRole('button', { name: tr('setup.submit') }).click();
  await expectHome(page, ADMIN.name);
  await checkBoth(page, 'home');

  await openRegistry(page);
  await checkBoth(page, 'registry');
  await openNewFile(page);
  await checkBoth(page, 'new file form');
  await fillPerson(page, FATIMA);
  await saveAndExpectFile(page);
  await checkBoth(page, 'file');

  // Intake steps: type, checklist, review, completion with the declaration.
  await page.getByRole('button', { name: tr('intake.newRequest'), exact: true }).click();
  await page.getByRole('radio', { name: FOOD_BASKET.name }).check();
  await checkBoth(page, 'intake type');
  await page.getByRole('button', { name: tr('intake.startIntake') }).click();
  await expect(page.getByRole('heading', { name: tr('intake.checklist.title') })).toBeVisible({ timeout: 20_000 });
  await attach(page, FOOD_BASKET.documents[0], PDF_FILE);
  await attach(page, FOOD_BASKET.documents[1], PNG_FILE);
  await fieldInput(page, FOOD_BASKET.fields.count).fill('4');
  await fieldInput(page, FOOD_BASKET.fields.address).fill('RRRD2929');
  await expectSaved(page);
  await checkBoth(page, 'intake checklist');
  await page.getByRole('button', { name: tr('intake.checklist.next') }).click();
  await checkBoth(page, 'intake review');
  await page.getByRole('button', { name: tr('intake.review.complete') }).click();
  await checkBoth(page, 'completion, declaration not prepared');
  await prepareDeclaration(page);
  await checkBoth(page, 'completion and declaration');

  for (const [hash, titleKey] of [
    ['#/verify', 'declaration.verify.title'],
    ['#/requests', 'requests.title'],
    ['#/catalog', 'catalogAdmin.title'],
    ['#/staff', 'staff.title'],
    ['#/settings', 'settings.title'],
    ['#/sync', 'sync.title'],
    ['#/duplicates', 'duplicates.title'],
    ['#/policy', 'policy.title'],
  ] as const) {
    await goTo(page, hash, titleKey);
    await checkBoth(page, hash.slice(2));
  }

  await page.getByRole('button', { name: tr('header.lock') }).click();
  await expect(page.getByRole('heading', { name: tr('lock.title') })).toBeVisible();
  await checkBoth(page, 'lock');

  // Switch user leaves the pointer on the sign-in button (same place): its hover colour is checked too.
  await page.getByRole('button', { name: tr('lock.switchUser') }).click();
  await expect(page.getByRole('heading', { name: tr('signIn.title') })).toBeVisible();
  const submit = (locale: Locale) => page.getByRole('button', { name: tr('signIn.submit', {}, locale), exact: true });
  await submit('ar').hover();
  await expectAccessible(page, 'sign-in, pointer on the button (ar)');
  await switchTo(page, 'en');
  await submit('en').hover();
  await expectAccessible(page, 'sign-in, pointer on the button (en)');
});
