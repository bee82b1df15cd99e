import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { ADMIN, expectHome, signIn } from './desk-flows';
import { countStoredDeclarations, drawSignature, prepareDeclaration, tamperStoredDeclarations } from './declaration-flows';
import { FOOD_BASKET, completeFoodBasket, deskWithBeneficiary, pdfText, startIntake } from './intake-flows';
import { FATIMA } from './registry-flows';

/** Poppler guesses word gaps in Arabic runs and drops tatweel: compare without either. */
const bare = (s: string) => s.normalize('NFKC').replace(/[\s\u0640\u202a-\u202e\u2066-\u2069]+/g, '');

test('declaration: sign on the pad, referral, PDF read back, code verified, tampered record caught', async ({ page }) => {
  test.setTimeout(240_000);
  await deskWithBeneficiary(page);
  await startIntake(page, FOOD_BASKET.name);
  await completeFoodBasket(page);

  // Opening the request awaiting signature writes nothing: the declaration is prepared on request,
  // and exactly one is made.
  const step = page.getByTestId('declaration-step');
  await expect(step.getByRole('button', { name: tr('declaration.prepare') })).toBeVisible({ timeout: 20_000 });
  expect(await countStoredDeclarations(page)).toBe(0);
  await prepareDeclaration(page);
  await expect.poll(() => countStoredDeclarations(page)).toBe(1);

  // The declaration as it will be printed; an empty pad is refused with a translated error.
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.draft'), { timeout: 20_000 });
  await expect(step.getByTestId('declaration-snapshot')).toContainText(FATIMA.name.join(' '));
  await step.getByRole('button', { name: tr('declaration.sign') }).click();
  await expect(step.getByRole('alert')).toHaveText(tr('errors.declaration.signature-required'));
  // Clear and undo/redo work on the strokes.
  await drawSignature(page);
  await step.getByRole('button', { name: tr('declaration.pad.undo') }).click();
  await expect(step.getByRole('button', { name: tr('declaration.pad.redo') })).toBeEnabled();
  await step.getByRole('button', { name: tr('declaration.pad.redo') }).click();
  await page.screenshot({ path: test.info().outputPath('pad.png'), fullPage: true });
  await step.getByRole('button', { name: tr('declaration.sign') }).click();
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.signed'), { timeout: 20_000 });
  const code = (await step.getByTestId('declaration-short-code').innerText()).trim();
  expect(code).toMatch(/^RYD1-D2026-000001-[0-9a-f]{12}$/);

  // Signed is a step of its own: the badge says so, the history names who recorded it and the
  // declaration, and the requests screen lists it to refer (policy 3.3d).
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.signed'));
  const signedRow = page.getByTestId('request-history').getByRole('row').filter({ hasText: tr('intake.view.declarationNumber', { number: 'RYD1-D2026-000001' }) });
  await expect(signedRow).toContainText(tr('intake.view.move', { from: tr('intake.status.awaiting-signature'), to: tr('intake.status.signed') }));
  await expect(signedRow).toContainText(ADMIN.name);
  const requestNumber = (await page.getByTestId('request-number').innerText()).trim();
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.requests') }).click();
  const toRefer = page.getByRole('table', { name: tr('requests.toRefer') });
  await expect(toRefer.getByRole('row').filter({ hasText: requestNumber })).toContainText(tr('intake.status.signed'));
  await toRefer.getByRole('button', { name: tr('requests.open', { number: requestNumber }) }).click();

  await page.getByRole('button', { name: tr('intake.completed.refer') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.referred'));
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.requests') }).click();
  await expect(page.locator('.wasl-list-to-refer')).toContainText(tr('requests.empty'));
  await page.goBack();

  // Print in the browser build: the file is downloaded and the browser's PDF preview opens in a tab.
  const printed = page.waitForEvent('download');
  const preview = page.waitForEvent('popup');
  await page.getByRole('button', { name: tr('declaration.print') }).click();
  expect((await printed).suggestedFilename()).toBe('declaration-RYD1-D2026-000001.pdf');
  expect((await preview).url()).toMatch(/^blob:/);
  await (await preview).close();

  // Saved, the signed declaration's PDF reads back with pdftotext.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: tr('declaration.save') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('declaration-RYD1-D2026-000001.pdf');
  const file = test.info().outputPath('declaration.pdf');
  await download.saveAs(file);
  const text = pdfText(file);
  // The viewer's tab or window is named by the PDF's title: Arabic, like the paper.
  expect(execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' })).toMatch(/^Title:\s+إقرار صحة البيانات RYD1-D2026-000001$/m);
  for (const value of [code, 'RYD1-D2026-000001', requestNumber, FATIMA.nationalId]) expect(text).toContain(value);
  for (const value of [FATIMA.name.join(' '), 'جمعية قادي الخيرية', FOOD_BASKET.name, 'الأرامل']) expect(bare(text)).toContain(bare(value));

  // The verification screen, code typed and submitted with Enter.
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.verify') }).click();
  const input = page.getByRole('textbox', { name: tr('declaration.verify.code') });
  await input.fill(code);
  await input.press('Enter');
  const result = page.getByTestId('verification-result');
  await expect(result).toHaveAttribute('data-status', 'valid');
  await expect(result).toHaveText(tr('declaration.verify.valid'));
  await expect(page.getByTestId('declaration-snapshot')).toContainText(FATIMA.nationalId);
  await page.screenshot({ path: test.info().outputPath('verified.png'), fullPage: true });

  // A code that does not match shows only that: none of the declaration's personal data.
  // Change the code's first hex digit (the digit itself decides the replacement, so the forged code always differs).
  const hexStart = 'RYD1-D2026-000001-'.length;
  const forged = `${code.slice(0, hexStart)}${code[hexStart] === '0' ? '1' : '0'}${code.slice(hexStart + 1)}`;
  expect(forged).not.toBe(code);
  await input.fill(forged);
  await input.press('Enter');
  await expect(result).toHaveText(tr('declaration.verify.tampered.code-mismatch'));
  await expect(page.getByTestId('declaration-snapshot')).toHaveCount(0);
  const shown = await page.locator('main').innerText();
  for (const value of [FATIMA.nationalId, FATIMA.name[0], FATIMA.mobile.slice(-7)]) expect(shown).not.toContain(value);

  // Someone edits the stored record (its version, covered by the hash) behind the app's back.
  expect(await tamperStoredDeclarations(page, { field: 'version', value: 7 })).toBeGreaterThan(0);
  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expectHome(page, ADMIN.name);
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.verify') }).click();
  await input.fill(code);
  await input.press('Enter');
  await expect(result).toHaveAttribute('data-status', 'tampered');
  await expect(result).toHaveText(tr('declaration.verify.tampered.hash-mismatch'));
  await page.screenshot({ path: test.info().outputPath('tampered.png'), fullPage: true });
});
