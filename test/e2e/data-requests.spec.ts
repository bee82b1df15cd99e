/**
 * Data requests (PDPL) on one desk, no server: an access request answered within the 30-day clock with
 * both copies (PDF read back with pdftotext, JSON parsed), answering before the identity check refused
 * in Arabic with nothing stored; then an erasure of a file holding a signed declaration, whose answer
 * names the declaration as kept, and the file shows as erased.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { signOnPad } from './declaration-flows';
import { FOOD_BASKET, completeFoodBasket, deskWithBeneficiary, pdfText, startIntake } from './intake-flows';
import { FATIMA } from './registry-flows';

/** Poppler guesses word gaps in Arabic runs and drops tatweel: compare without either. */
const bare = (s: string) => s.normalize('NFKC').replace(/[\s\u0640\u202a-\u202e\u2066-\u2069]+/g, '');

async function openRequest(page: Page, fileUrl: string, kind: string, via: string): Promise<string> {
  await page.goto(fileUrl);
  await page.getByRole('button', { name: tr('dataRequests.new.button') }).click();
  await page.getByRole('radio', { name: tr(`dataRequests.kind.${kind}`) }).check();
  await page.getByRole('radio', { name: tr(`dataRequests.via.${via}`) }).check();
  await page.getByRole('button', { name: tr('dataRequests.new.submit') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('dataRequests.status.received'), { timeout: 20_000 });
  return (await page.getByTestId('request-number').innerText()).trim();
}

async function checkIdentity(page: Page, document: string): Promise<void> {
  await page.getByRole('combobox', { name: tr('dataRequests.identity.documentLabel') }).click();
  await page.getByRole('option', { name: tr(`dataRequests.identity.document.${document}`) }).click();
  await page.getByRole('button', { name: tr('dataRequests.identity.record') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('dataRequests.status.identity-verified'));
}

async function download(page: Page, button: string, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = test.info().outputPath(name);
  await (await downloading).saveAs(file);
  return file;
}

test('data requests: access answered with PDF and JSON within the clock; erasure keeps the signed declaration', async ({ page }) => {
  test.setTimeout(120_000);
  const fileUrl = await deskWithBeneficiary(page);
  await startIntake(page, FOOD_BASKET.name);
  await completeFoodBasket(page);
  await signOnPad(page);

  // Access, asked by phone (an oral request, recorded as such): 30 calendar days on the clock.
  const number = await openRequest(page, fileUrl, 'access', 'phone');
  await expect(page.getByText(`${tr('dataRequests.via.phone')} (${tr('dataRequests.via.oral')})`)).toBeVisible();
  await expect(page.getByTestId('request-clock-left')).toHaveText(tr('dataRequests.clock.left', { n: 30 }));
  // Answering before the identity check is refused in Arabic; nothing moves.
  await page.getByRole('button', { name: tr('dataRequests.answer.submit') }).click();
  await expect(page.getByTestId('answer-step').getByRole('alert')).toHaveText(tr('dataRequests.errors.identity-required'));
  await expect(page.getByTestId('request-status')).toHaveText(tr('dataRequests.status.received'));
  await checkIdentity(page, 'national-id');

  const pdf = await download(page, tr('dataRequests.copies.pdf'), 'personal-data.pdf');
  const text = pdfText(pdf);
  expect(text).toContain(number);
  expect(bare(text)).toContain(bare(FATIMA.name.join(' ')));
  const json = JSON.parse(readFileSync(await download(page, tr('dataRequests.copies.json'), 'personal-data.json'), 'utf8')) as { sections: { file: { fullName: string }[]; declarations: unknown[] } };
  expect(json.sections.file[0]?.fullName).toBe(FATIMA.name.join(' '));
  expect(json.sections.declarations).toHaveLength(1);
  await page.getByRole('button', { name: tr('dataRequests.answer.submit') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('dataRequests.status.answered'));

  // The list: kind, status, the due date and days left.
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.dataRequests') }).click();
  const row = page.getByRole('table', { name: tr('dataRequests.title') }).getByRole('row').filter({ hasText: number });
  await expect(row).toContainText(tr('dataRequests.kind.access'));
  await expect(row).toContainText(tr('dataRequests.status.answered'));

  // Erasure: after the identity check and a confirmation; the answer names the kept declaration and why.
  await openRequest(page, fileUrl, 'erasure', 'written');
  await checkIdentity(page, 'iqama');
  await page.getByRole('button', { name: tr('dataRequests.erasure.run') }).click();
  await page.getByRole('button', { name: tr('dataRequests.erasure.confirm') }).click();
  const kept = page.getByTestId('erasure-kept');
  await expect(kept).toContainText('RYD1-D2026-000001', { timeout: 20_000 });
  await expect(kept).toContainText(tr('erasure.kept.signed-declaration'));
  await page.getByRole('button', { name: tr('dataRequests.answer.submit') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('dataRequests.status.answered'));

  await page.goto(fileUrl);
  await expect(page.getByTestId('file-erased')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(FATIMA.name.join(' '))).toHaveCount(0);
});
