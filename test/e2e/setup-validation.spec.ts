import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { GOOD_SETUP, countStoredDocs, databaseNames, expectHome, field, fillSetup, setUpDesk, type SetupValues } from './desk-flows';

const BAD_INPUTS: { label: string; values: Partial<SetupValues>; field: string; error: string }[] = [
  { label: 'empty desk code', values: { code: '' }, field: 'setup.deskCode', error: 'errors.desk-code.empty' },
  { label: 'desk code a-1', values: { code: 'a-1' }, field: 'setup.deskCode', error: 'errors.desk-code.format' },
  { label: 'desk code TOOLONG7', values: { code: 'TOOLONG7' }, field: 'setup.deskCode', error: 'errors.desk-code.format' },
  { label: 'short password', values: { password: 'short1', confirm: 'short1' }, field: 'setup.password', error: 'errors.password.too-short' },
  { label: 'all-digit password', values: { password: '12345678901', confirm: '12345678901' }, field: 'setup.password', error: 'errors.password.all-digits' },
  { label: 'mismatched confirmation', values: { confirm: 'Kadi-Desk-2027' }, field: 'setup.passwordConfirm', error: 'errors.password.mismatch' },
];

test('bad setup input shows translated errors and saves nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: tr('setup.title') })).toBeVisible();
  const submit = page.getByRole('button', { name: tr('setup.submit') });

  for (const bad of BAD_INPUTS) {
    await test.step(bad.label, async () => {
      await fillSetup(page, { ...GOOD_SETUP, ...bad.values });
      await submit.click();
      await expect(page.getByText(tr(bad.error), { exact: true })).toBeVisible();
      await expect(field(page, bad.field)).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert').filter({ hasText: tr('setup.fixErrors') })).toBeVisible();
    });
  }

  // Several errors at once, each on its own field.
  await fillSetup(page, { ...GOOD_SETUP, association: ' ', code: 'x', username: '9bad' });
  await submit.click();
  await expect(page.getByText(tr('errors.setup.association-required'), { exact: true })).toBeVisible();
  await expect(page.getByText(tr('errors.desk-code.format'), { exact: true })).toBeVisible();
  await expect(page.getByText(tr('errors.staff.username-format'), { exact: true })).toBeVisible();
  // Focus goes to the first field in error, ready for the fix.
  await expect(field(page, 'setup.associationName')).toBeFocused();

  // Nothing was written: the database exists, its staff and audit collections are empty...
  await expect.poll(() => databaseNames(page)).toContainEqual(expect.stringContaining('--staff'));
  expect(await countStoredDocs(page, 'staff')).toBe(0);
  expect(await countStoredDocs(page, 'audit')).toBe(0);
  // ...and after a reload the desk is still not set up.
  await page.reload();
  await expect(page.getByRole('heading', { name: tr('setup.title') })).toBeVisible();
  expect(await countStoredDocs(page, 'staff')).toBe(0);
});

test('a setup interrupted before its last write is discarded at the next start', async ({ page }) => {
  await setUpDesk(page);
  expect(await countStoredDocs(page, 'staff')).toBe(1);
  // Simulate the crash window: the staff and audit writes happened, the desk settings did not.
  await page.evaluate(async () => {
    const name = (await indexedDB.databases()).map((d) => d.name ?? '').find((n) => n.includes('--plugin-local-documents'));
    if (!name) throw new Error('no local-documents database');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('docs', 'readwrite');
      tx.objectStore('docs').clear();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: tr('setup.title') })).toBeVisible();
  await expect.poll(() => countStoredDocs(page, 'staff')).toBe(0);
  await expect.poll(() => countStoredDocs(page, 'audit')).toBe(0);
  // And the desk can be set up again from scratch.
  await fillSetup(page, GOOD_SETUP);
  await page.getByRole('button', { name: tr('setup.submit') }).click();
  await expectHome(page, GOOD_SETUP.adminName);
});
