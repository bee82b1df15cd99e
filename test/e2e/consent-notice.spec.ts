import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { setUpDesk } from './desk-flows';
import { pdfText, TODAY } from './intake-flows';
import { FATIMA, fillPerson, openNewFile, saveAndExpectFile } from './registry-flows';

/**
 * Consent and the privacy notice (PDPL Art. 5, 12): registration records the notice version shown and
 * how the consent was given; withdrawing SMS contact shows on the file; the notice printed for the
 * beneficiary reads back with pdftotext.
 */
test('registration records the notice version and method; an SMS withdrawal shows on the file; the printed notice reads back', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: TODAY });
  await setUpDesk(page);
  await openNewFile(page);
  await fillPerson(page, FATIMA);
  await expect(page.getByTestId('consent-notice-version')).toHaveAttribute('data-version', '1');
  await page.getByRole('radio', { name: tr('consent.method.phone') }).check();
  await saveAndExpectFile(page);

  const panel = page.getByTestId('consent-panel');
  const given = panel.getByTestId('consent-history').locator('tr[data-kind="given"]');
  await expect(given).toContainText(tr('consent.method.phone'));
  await expect(given.locator('td').nth(2)).toHaveText('1');

  await panel.getByRole('button', { name: tr('consent.withdraw.open') }).click();
  await panel.getByRole('checkbox', { name: tr('consent.channel.sms') }).check();
  await panel.getByRole('button', { name: tr('consent.withdraw.submit') }).click();
  await expect(panel.getByTestId('consent-stopped')).toHaveText(tr('consent.stopped.some', { what: tr('consent.channel.sms') }));
  await expect(panel.getByTestId('consent-history').locator('tr[data-kind="withdrawn"]')).toContainText(tr('consent.channel.sms'));
  // The outbox's own switch shows the SMS channel stopped (the opt-out the server honours).
  await expect(page.getByTestId('channel-consent')).toContainText(`${tr('outbox.channels.sms')}: ${tr('outbox.consent.optedOut')}`);

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: tr('consent.print', { version: 1 }) }).click();
  const file = test.info().outputPath('notice.pdf');
  await (await downloading).saveAs(file);
  const text = pdfText(file).replace(/\s+/g, ' ');
  expect(text).toContain('إشعار الخصوصية');
  expect(text).toContain('هاتفيًا');
  expect(text).toContain('نظام حماية البيانات الشخصية');
  expect(text).toContain('right to be informed');
});
