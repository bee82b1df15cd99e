/**
 * The beneficiary category list is configurable (each association names its own). The admin adds a category and deactivates
 * another in the catalog screen; the registry form then offers the active ones only, and a file is
 * saved under the new category. A refused entry writes nothing.
 */
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { setUpDesk } from './desk-flows';
import { FATIMA, fillPerson, input, openNewFile, saveAndExpectFile } from './registry-flows';

const FLOOD = { key: 'flood-affected', labelAr: 'المتضررون من السيول', labelEn: 'Flood-affected' };
const PRISONERS = 'أسر السجناء';

test('categories: add and deactivate in the catalog; the registry form offers the active ones', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpDesk(page);
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.catalog') }).click();
  await page.getByRole('tab', { name: tr('catalogAdmin.tabs.categories') }).click();
  const list = page.getByRole('table', { name: tr('catalogAdmin.categories.list') });
  await expect(list.getByRole('row')).toHaveCount(7);

  // Refused: no English name. Nothing is added.
  const box = (key: string) => page.getByRole('textbox', { name: tr(`catalogAdmin.categories.${key}`), exact: true });
  await box('key').fill(FLOOD.key);
  await box('nameAr').fill(FLOOD.labelAr);
  await page.getByRole('button', { name: tr('catalogAdmin.categories.add') }).click();
  await expect(page.getByRole('alert')).toHaveText(tr('errors.category.label-required'));
  await expect(list.getByRole('row')).toHaveCount(7);

  // Added.
  await box('nameEn').fill(FLOOD.labelEn);
  await page.getByRole('button', { name: tr('catalogAdmin.categories.add') }).click();
  await expect(page.getByRole('status')).toHaveText(tr('catalogAdmin.categories.saved', { name: FLOOD.labelAr }));
  await expect(list.getByRole('row')).toHaveCount(8);
  await expect(list.getByRole('row').last()).toContainText(FLOOD.labelAr);

  // A second entry with the same key is refused rather than relabelling the first.
  await box('key').fill(FLOOD.key);
  await box('nameAr').fill('اسم آخر');
  await box('nameEn').fill('Other name');
  await page.getByRole('button', { name: tr('catalogAdmin.categories.add') }).click();
  await expect(page.getByRole('alert')).toHaveText(tr('errors.category.key-taken'));
  await expect(list.getByRole('row').last()).toContainText(FLOOD.labelAr);

  // Deactivated: prisoners' families.
  await list.getByRole('button', { name: `${tr('catalogAdmin.types.edit')}: ${PRISONERS}` }).click();
  await expect(box('key')).toBeDisabled();
  await page.getByRole('checkbox', { name: tr('catalogAdmin.categories.active') }).uncheck();
  await page.getByRole('button', { name: tr('catalogAdmin.categories.save'), exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(tr('catalogAdmin.categories.saved', { name: PRISONERS }));
  await expect(list.getByRole('row').filter({ hasText: PRISONERS })).toHaveAttribute('data-active', 'false');
  await page.screenshot({ path: test.info().outputPath('categories.png'), fullPage: true });

  // The registry form: the new category offered, the deactivated one not.
  await openNewFile(page);
  const select = input(page, 'registry.field.category', 'combobox');
  await expect(select.getByRole('option', { name: FLOOD.labelAr })).toHaveCount(1);
  await expect(select.getByRole('option', { name: PRISONERS })).toHaveCount(0);
  await expect(select.getByRole('option', { name: 'الأرامل' })).toHaveCount(1);
  await fillPerson(page, { ...FATIMA, category: FLOOD.labelAr });
  await saveAndExpectFile(page);
  await expect(page.getByText(FLOOD.labelAr)).toBeVisible();
});
