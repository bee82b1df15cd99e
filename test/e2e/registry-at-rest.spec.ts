import { test, expect } from './fixtures';
import { setUpDesk } from './desk-flows';
import { FATIMA, NAMESAKE, fillPerson, openNewFile, saveAndExpectFile, toArabicIndic, type Person } from './registry-flows';
import { tr } from './ar-strings';
import { dumpIndexedDb } from './indexeddb-dump';


test('no national ID and no mobile number is stored in clear anywhere in IndexedDB', async ({ page }) => {
  test.setTimeout(90_000);
  await setUpDesk(page);
  const people: Person[] = [FATIMA, { ...NAMESAKE, name: ['نورة', 'سعد', 'علي', 'الدوسري'], mobile: '+966 58 765 4321' }];
  for (const person of people) {
    await openNewFile(page);
    await fillPerson(page, person);
    await saveAndExpectFile(page);
  }
  // A search by ID and by mobile writes nothing in clear either.
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.beneficiaries') }).click();
  await page.getByRole('combobox', { name: tr('registry.searchLabel') }).fill(FATIMA.nationalId);
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.getByRole('combobox', { name: tr('registry.searchLabel') }).fill(FATIMA.mobile);
  await expect(page.getByRole('option')).toHaveCount(1);

  const { stores, text } = await dumpIndexedDb(page);
  // The files really are there (and in the search index), so the scan below looked at them.
  expect(stores.some((s) => /--beneficiaries.*:[1-9]/.test(s) || /beneficiaries.*\/docs:2$/.test(s)), stores.join(', ')).toBe(true);
  expect(stores.some((s) => s.startsWith('wasl-search-index/')), stores.join(', ')).toBe(true);
  expect(text).toContain(FATIMA.name[3]); // names are searchable and stored readable: the scan sees text

  const secrets = [FATIMA.nationalId, NAMESAKE.nationalId, '551234567', '587654321'];
  for (const secret of secrets) {
    for (const form of [secret, toArabicIndic(secret)]) expect(text.includes(form), `found ${form}`).toBe(false);
  }
  // Not even split up for display ('055 123 4567') or in the channel address.
  expect(text.includes('123 4567') || text.includes('765 4321')).toBe(false);
});
