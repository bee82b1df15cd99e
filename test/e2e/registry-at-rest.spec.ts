import { test, expect } from './fixtures';
import { setUpDesk } from './desk-flows';
import { FATIMA, NAMESAKE, fillPerson, openNewFile, saveAndExpectFile, toArabicIndic, type Person } from './registry-flows';
import { tr } from './ar-strings';

/** Every string, number and byte run stored in every object store of every IndexedDB database of the origin. */
async function dumpIndexedDb(page: import('@playwright/test').Page): Promise<{ stores: string[]; text: string }> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const parts: string[] = [];
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (value === null || value === undefined) return;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') parts.push(String(value));
      else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        parts.push(new TextDecoder('utf-8', { fatal: false }).decode(bytes), String.fromCharCode(...bytes.slice(0, 65536)));
      } else if (typeof value === 'object' && !seen.has(value)) {
        seen.add(value);
        for (const [key, child] of Object.entries(value)) {
          parts.push(key);
          walk(child);
        }
      }
    };
    const stores: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const [values, keys] = await Promise.all([request(store.getAll()), request(store.getAllKeys())]);
        stores.push(`${info.name}/${name}:${values.length}`);
        walk(values);
        walk(keys);
      }
      db.close();
    }
    return { stores, text: parts.join('\n') };
  });
}

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
