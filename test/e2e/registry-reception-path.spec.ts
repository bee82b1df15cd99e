/**
 * The reception path as the field test walked it: stars on every required field, a file without a
 * grandfather's name, the consent taker named, the ID checked on leaving the field with the other
 * file linked beside it, errors that follow their field, cancel that really discards, the serial
 * alone finding the file, and the pad's error going once the beneficiary draws.
 */
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { ADMIN, setUpDesk } from './desk-flows';
import { drawSignature, prepareDeclaration } from './declaration-flows';
import { FOOD_BASKET, TODAY, completeFoodBasket, startIntake } from './intake-flows';
import { FATIMA, fillPerson, input, openNewFile, openRegistry, saveAndExpectFile, search, type Person } from './registry-flows';

/** No grandfather's name on record: the name as given. */
const REEM: Person = { ...FATIMA, name: ['ريم', 'خالد', '', 'الحربي'] };

test('reception path: stars, a three-part name, the ID checked on leaving it, fresh errors, cancel discards, serial search, pad error', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: TODAY });
  await setUpDesk(page);

  // Every required field is starred, city and district included; the grandfather's name is not required.
  await openNewFile(page);
  const star = (id: string) => page.locator(`label[for="${id}"]`).locator('.mantine-InputWrapper-required');
  for (const id of ['bf-city', 'bf-district', 'bf-name-first', 'bf-name-father', 'bf-name-family', 'bf-nationalId']) await expect(star(id), id).toBeVisible();
  await expect(star('bf-name-grandfather')).toHaveCount(0);
  // Nothing typed: cancel just leaves.
  await page.getByRole('button', { name: tr('registry.form.cancel') }).click();
  await expect(page.getByRole('heading', { name: tr('registry.title') })).toBeVisible();

  // A three-part name is saved as given; the consent names who signed in.
  await openNewFile(page);
  await fillPerson(page, REEM);
  const number = await saveAndExpectFile(page);
  await expect(page.getByRole('heading', { name: 'ريم خالد الحربي' })).toBeVisible();
  const takenBy = tr('registry.view.consentGiven', { date: '§', staff: ADMIN.name }).split('§')[1] ?? '';
  await expect(page.getByText(takenBy)).toBeVisible();

  // The same ID, known on leaving the field: the other file is linked beside it, before any save.
  await openNewFile(page);
  const identity = page.getByRole('group', { name: tr('registry.section.identity') });
  const id = input(page, 'registry.field.nationalId');
  await id.fill(REEM.nationalId);
  await id.press('Tab');
  const refusal = identity.getByRole('alert').filter({ hasText: tr('registry.duplicate.idTitle') });
  await expect(refusal.getByRole('link', { name: number })).toBeVisible();
  await expect(identity.getByText(tr('errors.beneficiary.duplicate-id'))).toBeVisible();
  // Changed to a mistyped number: the error says so at once, not "on another file".
  await id.fill('123');
  await expect(identity.getByText(tr('errors.national-id.length'))).toBeVisible();
  await expect(page.getByText(tr('errors.beneficiary.duplicate-id'))).toHaveCount(0);
  await expect(refusal).toHaveCount(0);

  // Cancel asks once, then discards: the next new file starts empty.
  await input(page, 'registry.field.first').fill('سلمان');
  await page.getByRole('button', { name: tr('registry.form.cancel') }).click();
  const dialog = page.getByRole('dialog', { name: tr('registry.form.discardTitle') });
  await dialog.getByRole('button', { name: tr('registry.form.discard') }).click();
  await expect(page.getByRole('heading', { name: tr('registry.title') })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(tr('registry.newFile')) }).click();
  await expect(input(page, 'registry.field.first')).toHaveValue('');
  await expect(input(page, 'registry.field.nationalId')).toHaveValue('');
  await expect(page.getByText(tr('registry.form.restored'))).toHaveCount(0);

  // The serial alone, as read off a paper, finds the file.
  await openRegistry(page);
  const results = await search(page, '000001');
  await results.getByRole('option', { name: new RegExp(number) }).click();
  await expect(page.getByTestId('file-number')).toHaveText(number);

  // Signing with an empty pad is refused; drawing takes the refusal away (and the three-part name signs).
  await startIntake(page, FOOD_BASKET.name);
  await completeFoodBasket(page);
  const step = page.getByTestId('declaration-step');
  await prepareDeclaration(page);
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.draft'), { timeout: 20_000 });
  await step.getByRole('button', { name: tr('declaration.sign') }).click();
  const empty = step.getByRole('alert').filter({ hasText: tr('errors.declaration.signature-required') });
  await expect(empty).toBeVisible();
  await drawSignature(page);
  await expect(empty).toHaveCount(0);
  await step.getByRole('button', { name: tr('declaration.sign') }).click();
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.signed'), { timeout: 20_000 });
});
