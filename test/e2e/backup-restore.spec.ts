import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readBackup } from '../../shared/backup/backup-file';
import { webCryptoCipher } from '../../renderer/src/features/backup/data/webcrypto-cipher';
import { test, expect, watchProblems } from './fixtures';
import { tr } from './ar-strings';
import { ADMIN, countStoredDocs, expectHome, signIn } from './desk-flows';
import { signOnPad } from './declaration-flows';
import { FOOD_BASKET, completeFoodBasket, deskWithBeneficiary, startIntake } from './intake-flows';

const PASSPHRASE = 'نخلة-الواحة-٢٠٢٦';

/** Settings → backup on demand with the passphrase typed twice; the downloaded (encrypted) file's path. */
async function backUp(page: Page, name: string): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.settings') }).click();
  const card = page.getByRole('form', { name: tr('backup.title') });
  await card.getByLabel(tr('backup.passphrase'), { exact: true }).fill(PASSPHRASE);
  await card.getByLabel(tr('backup.passphraseConfirm'), { exact: true }).fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: tr('backup.make') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^wasl-RYD1-\d{4}-\d{2}-\d{2}\.waslbackup$/);
  await expect(card.getByTestId('backup-made')).toBeVisible({ timeout: 60_000 });
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  return file;
}

const open = async (file: string) => {
  const read = await readBackup(new Uint8Array(await readFile(file)), PASSPHRASE, webCryptoCipher());
  if (!read.ok) throw new Error(`backup ${file} did not open: ${read.error}`);
  return read.value.content;
};

test('restore drill: a desk with files, a request, attachments and a signed declaration, restored into a new browser profile', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await deskWithBeneficiary(page);
  await startIntake(page, FOOD_BASKET.name);
  await completeFoodBasket(page);
  await signOnPad(page);
  const code = (await page.getByTestId('declaration-short-code').innerText()).trim();
  const file = await backUp(page, 'desk.waslbackup');

  // A new profile: nothing of the first desk's storage, keys or secrets.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  const problems = await watchProblems(fresh);
  await fresh.goto('/');
  await expect(fresh.getByRole('heading', { name: tr('setup.title') })).toBeVisible();
  await fresh.getByRole('button', { name: tr('backup.restore.offer') }).click();
  await fresh.locator('input[type="file"]').setInputFiles(file);
  await fresh.getByLabel(tr('backup.passphrase'), { exact: true }).fill('كلمة-مرور-خاطئة');
  await fresh.getByRole('button', { name: tr('backup.restore.submit') }).click();
  await expect(fresh.getByTestId('restore-refused')).toHaveText(tr('backup.errors.backup.wrong-passphrase'), { timeout: 60_000 });
  // Nothing changed: still the restore screen, not one file or request written.
  expect(await countStoredDocs(fresh, 'beneficiaries')).toBe(0);
  expect(await countStoredDocs(fresh, 'requests')).toBe(0);
  await expect(fresh.getByRole('heading', { name: tr('backup.restore.title') })).toBeVisible();

  await fresh.getByLabel(tr('backup.passphrase'), { exact: true }).fill(PASSPHRASE);
  await fresh.getByRole('button', { name: tr('backup.restore.submit') }).click();
  // The passphrase's scrypt, then every document and file written: then the desk is set up and asks who signs in.
  await expect(fresh.getByRole('heading', { name: tr('signIn.title') })).toBeVisible({ timeout: 90_000 });
  await signIn(fresh, ADMIN.name, ADMIN.password);
  await expectHome(fresh, ADMIN.name);

  // The restored declaration verifies on the restored desk (its public key came back in the catalog).
  await fresh.getByRole('navigation').getByRole('link', { name: tr('nav.verify') }).click();
  const input = fresh.getByRole('textbox', { name: tr('declaration.verify.code') });
  await input.fill(code);
  await input.press('Enter');
  await expect(fresh.getByTestId('verification-result')).toHaveAttribute('data-status', 'valid');

  // Every document and every file byte as it was: the restored desk's own backup holds them all.
  const [before, after] = [await open(file), await open(await backUp(fresh, 'restored.waslbackup'))];
  for (const [collection, docs] of Object.entries(before.documents)) {
    const restored = new Map((after.documents[collection] ?? []).map((doc) => [doc.id, doc]));
    for (const doc of docs) expect(restored.get(doc.id), `${collection}/${String(doc.id)}`).toEqual(doc);
  }
  expect(before.documents.requests?.length).toBe(1);
  expect(before.documents.declarations?.length).toBe(1);
  expect(before.files.length).toBeGreaterThanOrEqual(2);
  const bytes = (content: typeof before) => Object.fromEntries(content.files.map((f) => [f.sha256, Buffer.from(f.bytes).toString('base64')]));
  expect(bytes(after)).toEqual(bytes(before));
  expect(problems(), 'console errors, page errors or CSP violations on the restored desk').toEqual([]);
  await context.close();
});
