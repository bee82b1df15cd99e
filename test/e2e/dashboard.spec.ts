/**
 * The manager's dashboard (policy 3.8e–f): a request made through the intake screens plus five stored
 * copies (volume without five more walks through the screens) are counted in the month's figures, the
 * policy signatures (Art. 4) show who has signed, the drill-down lists the requests, and the exports read back: the XLSX with exceljs (numbers as numbers, dates
 * as dates, right-to-left sheets) and the PDF with pdftotext.
 */
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { signOnPad } from './declaration-flows';
import { expectHome, field, signIn, signOut } from './desk-flows';
import { FOOD_BASKET, completeFoodBasket, deskWithBeneficiary, pdfText, startIntake } from './intake-flows';
import { addStaffMember } from './staff-flows';
import { copyStoredDoc, readStoredDocs } from './stored-docs';

const MANAGER = { name: 'هند الشهري', username: 'hind.manager', password: 'Manager-Desk-2026' };
const arabic = (n: number) => new Intl.NumberFormat('ar-SA').format(n);

/** Clicks `button`, saves the download at `path` and reads it with exceljs (a real XLSX reader). */
async function downloaded(page: Page, button: Locator, path: string): Promise<ExcelJS.Workbook> {
  const download = page.waitForEvent('download');
  await button.click();
  await (await download).saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

test('the manager sees the counts of requests made here, drills down, and exports XLSX and PDF', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await deskWithBeneficiary(page);
  // The association's policy published (Art. 4): the new manager is stopped at it until they sign.
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.home') }).click();
  await page.getByRole('button', { name: tr('policy.publishBundled') }).click();
  await expect(page.getByTestId('publish-association-policy')).toHaveCount(0);
  await page.goBack();
  await startIntake(page, FOOD_BASKET.name);
  await completeFoodBasket(page, '5');
  await signOnPad(page);
  await page.getByRole('button', { name: tr('intake.completed.refer') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.referred'));
  const number = (await page.getByTestId('request-number').innerText()).trim();
  await addStaffMember(page, MANAGER, ['roles.manager']);
  expect(await copyStoredDoc(page, 'requests', 5, (i) => ({ id: `copy-${i}`, requestNumber: `${number}-${i}` }))).toBe(5);

  await page.reload();
  await signIn(page, MANAGER.name, MANAGER.password);
  await page.getByTestId('policy-text').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await field(page, 'policy.typedName').fill(MANAGER.name);
  await field(page, 'policy.password').fill(MANAGER.password);
  await page.getByRole('button', { name: tr('policy.sign') }).click();
  await expectHome(page, MANAGER.name);
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.dashboard') }).click();
  await expect(page.getByRole('heading', { name: tr('dashboard.title'), level: 1 })).toBeVisible();
  await expect(page.getByTestId('dashboard-sync')).toHaveText(tr('dashboard.neverSynced'));
  const volume = page.getByTestId('figure-requests.volume');
  await expect(volume.getByTestId('figure-total')).toHaveText(tr('dashboard.total', { value: arabic(6) }), { timeout: 30_000 });
  await expect(volume.getByText(tr('dashboard.clause', { clause: '3.3' }))).toBeVisible();
  await expect(volume.getByTestId('dashboard-chart')).toBeVisible();
  // Art. 4: the manager has signed the current policy, the admin (who published it) not yet.
  const policy = page.getByTestId('figure-policy.signed').getByRole('table');
  const signRow = (group: string) => tr('dashboard.drill.open', { figure: tr('dashboard.figures.policy.signed'), group: tr(`dashboard.groups.${group}`) });
  await expect(policy.getByRole('row', { name: `${signRow('signed')} ${arabic(1)}`, exact: true })).toBeVisible();
  await expect(policy.getByRole('row', { name: `${signRow('not-signed')} ${arabic(1)}`, exact: true })).toBeVisible();

  // The drill-down: the six requests behind the unit's row, the real one among them.
  await volume.getByRole('button', { name: tr('dashboard.drill.open', { figure: tr('dashboard.figures.requests.volume'), group: FOOD_BASKET.unit }) }).click();
  const drill = page.getByTestId('drill-down');
  await expect(drill.getByRole('row')).toHaveCount(7);
  await expect(drill.getByRole('link', { name: number, exact: true })).toBeVisible();
  // The named list (managers and admins only): every request number, the completion date a date.
  const listBook = await downloaded(page, drill.getByRole('button', { name: tr('dashboard.export.list') }), testInfo.outputPath('list.xlsx'));
  const listSheet = listBook.worksheets[0];
  expect(listSheet?.views[0]?.rightToLeft).toBe(true);
  expect(listSheet?.rowCount).toBe(7);
  expect(listSheet?.getColumn(1).values).toContain(number);
  expect(listSheet?.getRow(2).getCell(4).value).toEqual(new Date('2026-02-18T00:00:00Z'));

  // XLSX: a summary sheet and a sheet per figure, right to left, the count a number, the period a date.
  const workbook = await downloaded(page, page.getByRole('button', { name: tr('dashboard.export.xlsx') }), testInfo.outputPath('dashboard.xlsx'));
  const summary = workbook.getWorksheet(tr('dashboard.export.summarySheet'));
  expect(summary?.views[0]?.rightToLeft).toBe(true);
  expect(summary?.getRow(1).getCell(1).value).toBe(tr('dashboard.columns.figure'));
  const row = summary?.getRows(2, summary.rowCount - 1)?.find((r) => r.getCell(1).value === tr('dashboard.figures.requests.volume'));
  expect(row?.getCell(2).value).toBe('3.3');
  expect(row?.getCell(3).value).toBe(6);
  expect(row?.getCell(5).value).toEqual(new Date('2026-02-01T00:00:00Z'));
  expect(workbook.worksheets.length).toBeGreaterThan(10);
  await expect(page.getByText(tr('dashboard.export.done'))).toBeVisible();

  // PDF: the same figures through the Arabic layout, read back by pdftotext.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: tr('dashboard.export.pdf') }).click();
  const pdfPath = testInfo.outputPath('dashboard.pdf');
  await (await pdfDownload).saveAs(pdfPath);
  const text = pdfText(pdfPath);
  expect(text).toContain(tr('dashboard.export.pdfTitle'));
  expect(text).toContain(tr('dashboard.figures.requests.volume'));
  expect(text).toContain(FOOD_BASKET.unit);
  // Every export is in the audit log, under the manager.
  const exports = (await readStoredDocs(page, 'audit')).filter((row) => String(row.action).startsWith('dashboard.export'));
  expect(exports.map((row) => row.action).sort()).toEqual(['dashboard.export-list', 'dashboard.export-pdf', 'dashboard.export-xlsx']);
  await signOut(page);
});
