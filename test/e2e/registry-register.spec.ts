import { test, expect } from './fixtures';
import { formatGregorian, formatHijri, hijriToGregorian } from '../../shared/calendar/hijri';
import { tr } from './ar-strings';
import { ADMIN, expectHome, setUpDesk, signIn } from './desk-flows';
import { FATIMA, NAMESAKE, fillPerson, input, openNewFile, openRegistry, save, saveAndExpectFile, search, toArabicIndic } from './registry-flows';

test('register, refuse the same ID, acknowledge a namesake, edit, reload and find again', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpDesk(page);

  // 1. Register a file; the view shows the number and the birth date in both calendars.
  await openNewFile(page);
  await fillPerson(page, FATIMA);
  await page.screenshot({ path: test.info().outputPath('form-filled.png'), fullPage: true });
  const fatimaNumber = await saveAndExpectFile(page);
  expect(fatimaNumber).toMatch(/^RYD1-\d{4}-000001$/);
  await expect(page.getByText(tr('registry.view.saved', { fileNumber: fatimaNumber }))).toBeVisible();
  await expect(page.getByRole('heading', { name: FATIMA.name.join(' ') })).toBeVisible();
  const born = hijriToGregorian({ year: 1410, month: 8, day: 19 });
  if (!born.ok) throw new Error('bad fixture date');
  await expect(page.getByText(formatHijri(born.value, 'ar'), { exact: true })).toBeVisible();
  await expect(page.getByText(formatGregorian(born.value, 'ar'), { exact: true })).toBeVisible();
  await expect(page.getByTestId('mobiles').locator('bdi[dir="ltr"]')).toHaveText('055 123 4567');
  const fatimaUrl = page.url();
  await page.screenshot({ path: test.info().outputPath('file-view.png'), fullPage: true });

  // 2. The same ID typed in Arabic-Indic digits is refused, with a link to the first file.
  await openNewFile(page);
  await fillPerson(page, { ...NAMESAKE, name: ['خالد', 'سعد', 'محمد', 'العتيبي'], nationalId: toArabicIndic(FATIMA.nationalId), mobile: '0500000001' });
  await save(page);
  const refusal = page.getByRole('alert').filter({ hasText: tr('registry.duplicate.idTitle') });
  await expect(refusal).toBeVisible();
  await expect(page.getByText(tr('errors.beneficiary.duplicate-id'))).toBeVisible();
  await expect(input(page, 'registry.field.nationalId')).toBeFocused();
  const link = refusal.getByRole('link', { name: fatimaNumber });
  await link.click();
  await expect(page.getByTestId('file-number')).toHaveText(fatimaNumber);
  expect(page.url()).toBe(fatimaUrl);

  // 3. Same name, same birth date, another ID: a warning to acknowledge, then saved.
  await openNewFile(page);
  await expect(page.getByText(tr('registry.form.restored'))).toBeVisible();
  await page.getByRole('button', { name: tr('registry.form.startOver') }).click();
  await fillPerson(page, NAMESAKE);
  await save(page);
  const warnings = page.getByRole('alert').filter({ hasText: tr('registry.duplicate.warnTitle') });
  await expect(warnings).toContainText(tr('registry.duplicate.reason.same-name-and-birth-date'));
  await expect(warnings.getByRole('link', { name: new RegExp(fatimaNumber) })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('warnings.png'), fullPage: true });
  await warnings.getByRole('checkbox').check();
  const namesakeNumber = await saveAndExpectFile(page);
  expect(namesakeNumber).toMatch(/-000002$/);

  // 4. Edit the first file.
  await page.goto(fatimaUrl);
  await expect(page.getByTestId('file-number')).toHaveText(fatimaNumber);
  await page.getByRole('button', { name: tr('registry.view.edit') }).click();
  await expect(page.getByRole('heading', { name: tr('registry.form.editTitle') })).toBeVisible();
  await input(page, 'registry.field.district').fill('الملز');
  // The pair was already acknowledged when the namesake was saved: no second question.
  expect(await saveAndExpectFile(page)).toBe(fatimaNumber);
  await expect(page.getByText('الملز')).toBeVisible();

  // 5. Reload (signs out), then find the file three ways.
  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expectHome(page, ADMIN.name);
  await openRegistry(page);
  // Written differently: no hamza on أحمد, haa for the taa marbuta of فاطمة.
  let results = await search(page, 'فاطمه احمد');
  await expect(results.getByRole('option', { name: new RegExp(fatimaNumber) })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('results.png'), fullPage: true });
  results = await search(page, '05 5123 4567'.replace(/ /g, ''));
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option', { name: new RegExp(fatimaNumber) })).toBeVisible();
  results = await search(page, fatimaNumber.slice(0, 12).toLowerCase());
  await expect(results.getByRole('option')).toHaveCount(2);
  // Keyboard: the first hit is highlighted; arrow to the namesake and back, Enter opens.
  const box = page.getByRole('combobox', { name: tr('registry.searchLabel') });
  await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(results.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(page.getByTestId('file-number')).toHaveText(fatimaNumber);
  await expect(page.getByText('الملز')).toBeVisible();
});
