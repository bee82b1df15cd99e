/** Steps the specs share: first-run setup, signing in, reading the desk's IndexedDB. */
import { expect, type Page } from '@playwright/test';
import { tr } from './ar-strings';

export const DESK = { association: 'جمعية قادي الخيرية', deskName: 'مكتب الاستقبال الرئيسي', code: 'RYD1' };
export const ADMIN = { name: 'نورة العتيبي', username: 'noura.admin', password: 'Kadi-Desk-2026' };
export const CLERK = { name: 'سارة القحطاني', username: 'sara.q', password: 'Reception-77x' };

export interface SetupValues {
  association: string;
  deskName: string;
  code: string;
  adminName: string;
  username: string;
  password: string;
  confirm: string;
}

export const GOOD_SETUP: SetupValues = {
  association: DESK.association,
  deskName: DESK.deskName,
  code: DESK.code,
  adminName: ADMIN.name,
  username: ADMIN.username,
  password: ADMIN.password,
  confirm: ADMIN.password,
};

/**
 * An input by its accessible name, matched exactly: 'كلمة المرور' is also part of 'تأكيد كلمة المرور'.
 * (getByLabel would also see the required asterisk of Mantine's label.)
 */
export function field(page: Page, key: string, role: 'textbox' | 'combobox' | 'spinbutton' = 'textbox') {
  return page.getByRole(role, { name: tr(key), exact: true });
}

export async function fillSetup(page: Page, values: SetupValues): Promise<void> {
  await field(page, 'setup.associationName').fill(values.association);
  await field(page, 'setup.deskName').fill(values.deskName);
  await field(page, 'setup.deskCode').fill(values.code);
  await field(page, 'setup.adminName').fill(values.adminName);
  await field(page, 'setup.username').fill(values.username);
  await field(page, 'setup.password').fill(values.password);
  await field(page, 'setup.passwordConfirm').fill(values.confirm);
}

export async function expectHome(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { name: tr('home.welcome', { name }) })).toBeVisible({ timeout: 20_000 });
}

/** Opens a fresh desk and sets it up; ends on the home screen signed in as the admin. */
export async function setUpDesk(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: tr('setup.title') })).toBeVisible();
  await fillSetup(page, GOOD_SETUP);
  await page.getByRole('button', { name: tr('setup.submit') }).click();
  await expectHome(page, ADMIN.name);
}

export async function signIn(page: Page, name: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: tr('signIn.title') })).toBeVisible();
  await field(page, 'signIn.staff', 'combobox').selectOption({ label: name });
  await field(page, 'signIn.password').fill(password);
  await field(page, 'signIn.password').press('Enter');
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: tr('header.signOut') }).click();
  await expect(page.getByRole('heading', { name: tr('signIn.title') })).toBeVisible();
}

/** Live (non-deleted) documents of a collection, read straight from RxDB's Dexie databases in the browser. */
export async function countStoredDocs(page: Page, collection: string): Promise<number> {
  return page.evaluate(async (name) => {
    const open = (db: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const all = (db: IDBDatabase, store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    let count = 0;
    for (const info of await indexedDB.databases()) {
      if (!info.name?.endsWith(`--${name}`)) continue;
      const db = await open(info.name);
      if (db.objectStoreNames.contains('docs')) {
        // RxDB's Dexie storage keeps tombstones too, with _deleted stored as '0' / '1'.
        const rows = await all(db, 'docs');
        count += rows.filter((row) => {
          const deleted = (row as { _deleted?: unknown })._deleted;
          return deleted !== true && deleted !== '1' && deleted !== 1;
        }).length;
      }
      db.close();
    }
    return count;
  }, collection);
}

/** Names of the IndexedDB databases, so a test can show that the collection it counted exists. */
export async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}
