import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import { completeNationalId } from '../../shared/registry/national-id';
import { tr } from './ar-strings';
import { setUpDesk } from './desk-flows';
import { FATIMA, fillPerson, openNewFile, openRegistry, saveAndExpectFile, search } from './registry-flows';

const HEADERS = ['رقم الهوية', 'الاسم', 'الجوال', 'تاريخ الميلاد', 'الجنس', 'الحالة الاجتماعية', 'عدد أفراد الأسرة', 'الفئة', 'المدينة', 'الحي'];
const ID_1 = completeNationalId('104000001');
const good5 = completeNationalId('104000005');
const BAD_CHECKSUM = good5.slice(0, 9) + String((Number(good5[9]) + 1) % 10);
const tail = ['أنثى', 'أرملة', 3, 'الأرامل', 'الرياض', 'النسيم'];

/** Synthetic rows: 3 to add (a numeric mobile, a Hijri birth date, an Excel date cell), 3 invalid, 2 duplicates. */
async function listXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('المستفيدون');
  sheet.addRows([
    HEADERS,
    [ID_1, 'هيفاء سالم عبد الله الدوسري', 551110001, '1405/03/10 هـ', ...tail],
    [completeNationalId('204000002'), 'منيرة فهد علي المطيري', '٠٥٥١١١٠٠٠٢', new Date(Date.UTC(1985, 5, 15)), ...tail],
    [completeNationalId('104000003'), 'لطيفة ناصر حمد الشمري', '0551110003', 32874, ...tail],
    [BAD_CHECKSUM, 'جواهر سعد محمد الحربي', '0551110004', '1990-02-02', ...tail],
    [completeNationalId('104000006'), 'Sara Ali', '0551110005', '1990-02-02', ...tail],
    [completeNationalId('104000007'), 'ريم خالد سعد الزهراني', '12345', '1990-02-02', ...tail],
    [FATIMA.nationalId, 'فاطمة أحمد عبدالله الشهري', '0551110008', '1990-02-02', ...tail],
    [ID_1, 'هيفاء سالم عبد الله الدوسري', '0551110009', '1405/03/10', ...tail],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('import a list: dry run with reasons, import, files searchable, rejected rows downloaded with their reasons', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpDesk(page);
  await openNewFile(page);
  await fillPerson(page, FATIMA);
  const fatimaNumber = await saveAndExpectFile(page);

  await page.getByRole('navigation').getByRole('link', { name: tr('nav.import') }).click();
  await expect(page.getByRole('heading', { name: tr('import.title') })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({ name: 'قائمة الجمعية.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await listXlsx() });
  // The first XLSX loads exceljs (its own chunk, ~1.3 MB).
  await expect(page.getByRole('heading', { name: tr('import.mapping.title') })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: tr('import.mapping.columnFor', { field: tr('import.field.nationalId') }) })).toHaveValue('رقم الهوية');
  await page.getByRole('button', { name: tr('import.mapping.check') }).click();

  await expect(page.getByTestId('import-count-add')).toContainText('3');
  await expect(page.getByTestId('import-count-invalid')).toContainText('3');
  await expect(page.getByTestId('import-count-duplicate')).toContainText('2');
  await expect(page.getByTestId('import-count-skip')).toContainText('0');
  const leftOut = page.getByRole('table', { name: tr('import.review.leftOut') });
  await expect(leftOut).toContainText(tr('import.reason.same-id-in-registry', { fileNumber: fatimaNumber }));
  await expect(leftOut).toContainText(tr('import.reason.same-id-in-file', { row: 2 }));
  await expect(leftOut).toContainText(tr('errors.national-id.checksum'));
  await page.screenshot({ path: test.info().outputPath('dry-run.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: tr('import.review.download') }).click()]);
  const rejected = new ExcelJS.Workbook();
  await rejected.xlsx.readFile(await download.path());
  const sheet = rejected.worksheets[0];
  const rows = (sheet?.getSheetValues() ?? []).filter(Array.isArray).map((row) => (row as unknown[]).slice(1));
  expect(rows[0]).toEqual([...HEADERS, tr('import.review.reasonColumn')]);
  expect(rows).toHaveLength(6);
  expect(String(rows[1]?.[10])).toContain(tr('errors.national-id.checksum'));
  expect(String(rows[2]?.[10])).toContain(tr('import.reason.name-incomplete'));
  expect(String(rows[3]?.[10])).toContain(tr('errors.mobile.format'));
  expect(String(rows[5]?.[10])).toBe(tr('import.reason.same-id-in-file', { row: 2 }));

  await page.getByRole('button', { name: tr('import.review.import', { n: 3 }) }).click();
  await expect(page.getByRole('status').filter({ hasText: tr('import.review.done', { n: 3 }) })).toBeVisible({ timeout: 30_000 });

  await openRegistry(page);
  await expect((await search(page, 'هيفاء الدوسري')).getByRole('option')).toHaveCount(1);
  // The mobile Excel kept as the number 551110001 was stored with its leading zero back.
  await expect((await search(page, '0551110001')).getByRole('option')).toHaveCount(1);
  await expect((await search(page, 'لطيفة الشمري')).getByRole('option')).toHaveCount(1);
});
