import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { countStoredDocs, setUpDesk } from './desk-flows';
import { FATIMA, fillPerson, input, openNewFile, save, saveAndExpectFile, typeDate } from './registry-flows';

const BIDI_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const errorText = (code: string) => tr(`errors.${code}`);

test('bad input gets translated inline errors and nothing is saved', async ({ page }) => {
  test.setTimeout(90_000);
  await setUpDesk(page);
  await openNewFile(page);

  // Empty form: every required field says so; the first name (first in reading order) takes the focus.
  await save(page);
  await expect(page.getByRole('alert').filter({ hasText: tr('registry.form.fixErrors', { count: '' }).split('(')[0] ?? '' })).toBeVisible();
  await expect(input(page, 'registry.field.first')).toBeFocused();
  for (const code of ['name.required', 'national-id.required', 'birth-date.required', 'gender.required', 'marital-status.required', 'category.required', 'city.required', 'district.required', 'mobile.reason-required', 'consent.required']) {
    await expect(page.getByText(errorText(code), { exact: true }).first(), code).toBeVisible();
  }

  // Wrong values: a 500-character name part, a bad ID, a landline for a mobile, an incomplete date.
  await fillPerson(page, FATIMA);
  await input(page, 'registry.field.first').fill('م'.repeat(500));
  await input(page, 'registry.field.nationalId').fill('1098765430');
  await input(page, 'registry.field.mobile').fill('0114567890');
  const dateGroup = page.getByRole('group', { name: tr('registry.field.birthDate'), exact: true });
  await dateGroup.getByRole('spinbutton').first().click();
  for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('12');
  await save(page);
  await expect(page.getByText(errorText('name.too-long'), { exact: true })).toBeVisible();
  await expect(page.getByText(errorText('national-id.checksum'), { exact: true })).toBeVisible();
  await expect(page.getByText(errorText('mobile.not-mobile'), { exact: true })).toBeVisible();
  await expect(page.getByText(errorText('birth-date.format'), { exact: true })).toBeVisible();
  await expect(input(page, 'registry.field.first')).toBeFocused();

  // More bad values: a future birth date, a mobile that is no number, an ID with a wrong first digit.
  await input(page, 'registry.field.first').fill('فاطمة');
  await input(page, 'registry.field.nationalId').fill('3098765431');
  await input(page, 'registry.field.mobile').fill('05512x4567');
  await typeDate(page, 'registry.field.birthDate', { calendar: 'gregorian', day: '01', month: '01', year: '2099' });
  await save(page);
  await expect(page.getByText(errorText('national-id.first-digit'), { exact: true })).toBeVisible();
  await expect(page.getByText(errorText('mobile.format'), { exact: true })).toBeVisible();
  await expect(page.getByText(errorText('birth-date.range'), { exact: true })).toBeVisible();
  await expect(input(page, 'registry.field.nationalId')).toBeFocused();

  // Enter in the last field moves on; it never sends the form.
  await input(page, 'registry.field.notes', 'textbox').click();
  await page.keyboard.press('Enter');
  await input(page, 'registry.field.district').press('Enter');
  expect(await countStoredDocs(page, 'beneficiaries')).toBe(0);

  // Pasted text with bidi controls (as WhatsApp leaves them) is stored stripped.
  await input(page, 'registry.field.nationalId').fill(`\u202A${FATIMA.nationalId}\u202C`);
  await input(page, 'registry.field.mobile').fill(`\u200E${FATIMA.mobile}\u200F`);
  await typeDate(page, 'registry.field.birthDate', FATIMA.birth);
  await input(page, 'registry.field.first').fill('\u202Bفاطمة\u202C');
  await input(page, 'registry.field.family').fill('\u2067الشهري\u2069\u200F');
  await input(page, 'registry.field.district').fill('\u200Fالنسيم\u061C');
  await saveAndExpectFile(page);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(FATIMA.name.join(' '));
  expect(BIDI_CONTROLS.test(await heading.innerText())).toBe(false);
  const district = page.locator('.wasl-item').filter({ hasText: tr('registry.field.district') }).locator('dd');
  await expect(district).toHaveText(FATIMA.district);
  expect(BIDI_CONTROLS.test(await district.innerText())).toBe(false);
  expect(await countStoredDocs(page, 'beneficiaries')).toBe(1);
});
