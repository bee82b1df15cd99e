import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { setUpDesk } from './desk-flows';
import { prepareDeclaration } from './declaration-flows';
import { FOOD_BASKET, PNG_FILE, TODAY, completeFoodBasket, pdfText, startIntake } from './intake-flows';
import { FATIMA, fillPerson, openNewFile, saveAndExpectFile, type Person } from './registry-flows';
import { completeNationalId } from '../../shared/registry/national-id';

const bare = (s: string) => s.normalize('NFKC').replace(/[\s\u0640\u202a-\u202e\u2066-\u2069]+/g, '');

/** Four 40-letter parts: a 163-character full name, the longest the registry takes. */
const part = (seed: string) => seed.repeat(10).slice(0, 40);
const LONG: Person = { ...FATIMA, name: [part('عبدالله'), part('محمدسعد'), part('ابراهيم'), part('الشهراني')], nationalId: completeNationalId('108765432') };

test('declaration on paper: long name, a scan that is not an image refused, the real scan attached; never a broken PDF', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: TODAY });
  await setUpDesk(page);
  await openNewFile(page);
  await fillPerson(page, LONG);
  await saveAndExpectFile(page);
  await startIntake(page, FOOD_BASKET.name);
  await completeFoodBasket(page);

  const step = page.getByTestId('declaration-step');
  await prepareDeclaration(page);
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.draft'), { timeout: 20_000 });
  // Printed for a wet signature: the PDF has an empty box and the request waits for the scan.
  const downloading = page.waitForEvent('download');
  await step.getByRole('button', { name: tr('declaration.printForPaper') }).click();
  const file = test.info().outputPath('paper.pdf');
  await (await downloading).saveAs(file);
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.awaiting-scan'));
  const text = pdfText(file);
  expect(text).toContain('RYD1-D2026-000001');
  // The name wraps over lines (pdftotext -layout puts the label between them): every part is there, whole.
  for (const namePart of LONG.name) expect(bare(text)).toContain(bare(namePart));

  await page.getByRole('button', { name: tr('intake.completed.refer') }).click();
  await expect(page.getByRole('alert').filter({ hasText: tr('errors.transition.not-signed') })).toBeVisible();

  // Mantine's FileInput is a button that opens the system file chooser, as a user sees it.
  const chooseScan = async (scan: typeof PNG_FILE) => {
    const chooser = page.waitForEvent('filechooser');
    await step.getByLabel(tr('declaration.scan')).click();
    await (await chooser).setFiles(scan);
  };
  // A text file named like an image is not a scan.
  await chooseScan({ name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await step.getByRole('button', { name: tr('declaration.attachScan') }).click();
  // Beside the standing "printed for paper" notice, the refusal in words.
  await expect(step.getByRole('alert').filter({ hasText: tr('errors.declaration.scan-type') })).toHaveText(tr('errors.declaration.scan-type'));
  await chooseScan(PNG_FILE);
  await step.getByRole('button', { name: tr('declaration.attachScan') }).click();
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.signed'), { timeout: 20_000 });
  await expect(step).toContainText(tr('declaration.signedOnPaper'));
  // The earlier "not signed yet" refusal went with the attempt it spoke of.
  await expect(page.getByRole('alert').filter({ hasText: tr('errors.transition.not-signed') })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('paper-signed.png'), fullPage: true });

  await page.getByRole('button', { name: tr('intake.completed.refer') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.referred'));
});
