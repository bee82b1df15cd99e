import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { setUpDesk } from './desk-flows';
import { typeDate } from './registry-flows';
import { FOOD_BASKET, deskWithBeneficiary, fileInput, startIntake } from './intake-flows';

test('catalog: a type with no requirements and overlapping or reversed holidays are refused, nothing saved', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpDesk(page);
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.catalog') }).click();
  const types = page.getByRole('table', { name: tr('catalogAdmin.types.list') });
  await expect(types.getByRole('row')).toHaveCount(1 + 7);

  // A new type without requirements.
  await page.getByRole('button', { name: tr('catalogAdmin.types.new') }).click();
  await page.getByRole('textbox', { name: tr('catalogAdmin.types.key') }).fill('empty-type');
  await page.getByRole('textbox', { name: tr('catalogAdmin.types.nameAr') }).fill('نوع بلا متطلبات');
  await page.getByRole('textbox', { name: tr('catalogAdmin.types.nameEn') }).fill('No requirements');
  await page.getByRole('button', { name: tr('catalogAdmin.types.save') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('errors.request-type.no-requirements'));
  await page.getByRole('button', { name: tr('catalogAdmin.types.cancel') }).click();
  await expect(types.getByRole('row')).toHaveCount(1 + 7);

  // An existing type stripped of its requirements: refused, still at version 1.
  await page.getByRole('button', { name: `${tr('catalogAdmin.types.edit')}: ${FOOD_BASKET.name}` }).click();
  const rows = page.getByTestId('requirement-row');
  while ((await rows.count()) > 0) await rows.first().getByRole('button', { name: tr('catalogAdmin.types.remove') }).click();
  await page.getByRole('button', { name: tr('catalogAdmin.types.save') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('errors.request-type.no-requirements'));
  await page.screenshot({ path: test.info().outputPath('type-refused.png'), fullPage: true });
  await page.getByRole('button', { name: tr('catalogAdmin.types.cancel') }).click();
  await expect(types.getByRole('row').filter({ hasText: FOOD_BASKET.name })).toContainText(tr('intake.version', { version: 1 }));

  // Holidays: one overlapping Founding Day 2026, then one ending before it starts.
  await page.getByRole('tab', { name: tr('catalogAdmin.tabs.holidays') }).click();
  const holidays = page.getByRole('table', { name: tr('catalogAdmin.holidays.list') });
  // Seeded: Founding Day and National Day of 2025–2028, the four known Eid holidays and four projected ones.
  const before = 1 + 16;
  await expect(holidays.getByRole('row')).toHaveCount(before);
  await page.getByRole('button', { name: tr('catalogAdmin.holidays.add') }).click();
  await page.getByRole('textbox', { name: tr('catalogAdmin.holidays.nameAr') }).fill('إجازة تجريبية');
  await page.getByRole('textbox', { name: tr('catalogAdmin.holidays.nameEn') }).fill('Trial holiday');
  await typeDate(page, 'catalogAdmin.holidays.start', { calendar: 'gregorian', day: '21', month: '02', year: '2026' });
  await typeDate(page, 'catalogAdmin.holidays.end', { calendar: 'gregorian', day: '23', month: '02', year: '2026' });
  await page.getByRole('button', { name: tr('catalogAdmin.holidays.save') }).click();
  const refusal = page.getByRole('alert').filter({ hasText: tr('catalogAdmin.holidays.refused') });
  await expect(refusal).toContainText(tr('errors.holiday.overlap', { name: 'إجازة تجريبية', other: 'يوم التأسيس' }));
  await page.screenshot({ path: test.info().outputPath('holiday-overlap.png'), fullPage: true });
  await typeDate(page, 'catalogAdmin.holidays.start', { calendar: 'gregorian', day: '10', month: '01', year: '2026' });
  await typeDate(page, 'catalogAdmin.holidays.end', { calendar: 'gregorian', day: '05', month: '01', year: '2026' });
  await page.getByRole('button', { name: tr('catalogAdmin.holidays.save') }).click();
  await expect(refusal).toContainText(tr('errors.holiday.reversed', { name: 'إجازة تجريبية' }));
  await expect(holidays.getByRole('row')).toHaveCount(before);

  // A sound range is saved and listed.
  await typeDate(page, 'catalogAdmin.holidays.end', { calendar: 'gregorian', day: '12', month: '01', year: '2026' });
  await page.getByRole('button', { name: tr('catalogAdmin.holidays.save') }).click();
  await expect(page.getByRole('status').filter({ hasText: tr('catalogAdmin.holidays.saved') })).toBeVisible();
  await expect(holidays.getByRole('row')).toHaveCount(before + 1);
});

test('a draft offers no decision, and a file over 10 MB is refused and not attached', async ({ page }) => {
  test.setTimeout(120_000);
  await deskWithBeneficiary(page);
  await startIntake(page, FOOD_BASKET.name);
  // Deciding belongs to a referred request under study: nothing here offers it.
  await expect(page.getByRole('radio', { name: tr('intake.decision.approved') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: tr('intake.view.openStudy') })).toHaveCount(0);

  const label = FOOD_BASKET.documents[0];
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
  big.write('%PDF-1.4\n');
  await fileInput(page, label).setInputFiles({ name: 'كبير.pdf', mimeType: 'application/pdf', buffer: big });
  const line = page.getByTestId('requirement-national-id-copy');
  await expect(line.getByRole('alert')).toHaveText(tr('errors.file.too-large'));
  await expect(line).toHaveAttribute('data-provided', 'false');
  await expect(line).not.toContainText('كبير.pdf');
  await page.screenshot({ path: test.info().outputPath('too-large.png'), fullPage: true });
});
