/**
 * Policy 3.3(b): the beneficiary is given the criteria and the requirements. The requirements sheet is
 * printed where the type is chosen and from the catalog's request types; both read back with pdftotext.
 * And a draft's wrong scan can be taken off its line again.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { formatGregorian, formatHijri } from '../../shared/calendar/hijri';
import { riyadhDateOf } from '../../shared/calendar/iso-date';
import { REQUEST_TYPE_SEEDS } from '../../shared/catalog/request-type-seeds';
import { tr } from './ar-strings';
import { ADMIN, DESK, expectHome, signIn } from './desk-flows';
import { FOOD_BASKET, PDF_FILE, TODAY, attach, deskWithBeneficiary, fileInput, pdfText, startIntake } from './intake-flows';

// Poppler guesses word gaps in Arabic runs and may mirror brackets: compare without either (nor tatweel).
const bare = (s: string) => s.normalize('NFKC').replace(/[\s\u0640()]+/g, '');

const seed = (id: string) => {
  const type = REQUEST_TYPE_SEEDS.find((t) => t.id === id);
  if (!type) throw new Error(`no seed ${id}`);
  return type;
};

async function downloadText(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  return bare(pdfText(path));
}

function expectSheetOf(text: string, id: string): void {
  const type = seed(id);
  const today = riyadhDateOf(TODAY.getTime());
  for (const value of [DESK.association, 'قائمة متطلبات طلب الخدمة', type.nameAr, type.eligibilityAr, formatHijri(today, 'ar'), formatGregorian(today, 'ar'), DESK.deskName]) {
    expect(text, value).toContain(bare(value));
  }
  for (const requirement of type.requirements) expect(text, requirement.labelAr).toContain(bare(requirement.labelAr));
}

test('requirements sheet from the type choice and from the catalog; a draft file removed from its line', async ({ page }) => {
  test.setTimeout(180_000);
  const fileUrl = await deskWithBeneficiary(page);

  // 1. At the counter: choose the type, print its sheet before anything is written.
  await page.getByRole('button', { name: tr('intake.newRequest'), exact: true }).click();
  await page.getByRole('radio', { name: FOOD_BASKET.name }).check();
  const details = page.getByTestId('type-details');
  const atCounter = await downloadText(page, () => details.getByRole('button', { name: tr('intake.sheet.print') }).click(), 'sheet-food-basket.pdf');
  expectSheetOf(atCounter, 'food-basket');

  // 2. From the catalog: another type's sheet.
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.catalog') }).click();
  const medical = seed('medical-assistance');
  const fromCatalog = await downloadText(page, () => page.getByRole('button', { name: `${tr('intake.sheet.print')}: ${medical.nameAr}` }).click(), 'sheet-medical.pdf');
  expectSheetOf(fromCatalog, 'medical-assistance');

  // 3. A draft: a file attached to the wrong line is removed; the line is missing again, also after a reload.
  await page.goto(fileUrl);
  await startIntake(page, FOOD_BASKET.name);
  const line = page.getByTestId(/^requirement-/).filter({ hasText: FOOD_BASKET.documents[1] });
  await attach(page, FOOD_BASKET.documents[1], PDF_FILE);
  await expect(line).toHaveAttribute('data-provided', 'true');
  await line.getByRole('button', { name: tr('intake.checklist.detach', { name: PDF_FILE.name }) }).click();
  await expect(line.getByText(PDF_FILE.name)).toHaveCount(0);
  await expect(line).toHaveAttribute('data-provided', 'false');
  await expect(line.getByText(tr('intake.checklist.missing'), { exact: true })).toBeVisible();
  const draftUrl = page.url();
  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expectHome(page, ADMIN.name);
  await page.goto(draftUrl);
  await expect(fileInput(page, FOOD_BASKET.documents[1])).toBeAttached({ timeout: 20_000 });
  await expect(line).toHaveAttribute('data-provided', 'false');
  await expect(line.getByText(PDF_FILE.name)).toHaveCount(0);
});
