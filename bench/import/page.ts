/**
 * Runs in Chromium (production build, the app's CSP): a desk database encrypted at rest (the app
 * always opens it with a password) with its search index; a 10,000-row XLSX written with exceljs
 * in the page; then the dry run (read + map + check + blind-index lookups) and the import (batches,
 * encrypted, indexed), timed phase by phase, and one imported file searched for at the end.
 */
import ExcelJS from 'exceljs';
import { recogniseColumns } from '../../shared/import/column-mapping';
import { completeNationalId } from '../../shared/registry/national-id';
import { createWaslDatabase } from '../../renderer/src/db/database';
import { createSearchIndex } from '../../renderer/src/db/search-index';
import { dryRun, verdictsOf } from '../../renderer/src/features/import/data/dry-run';
import { readSheet } from '../../renderer/src/features/import/data/read-sheet';
import { runImport, type AddVerdict } from '../../renderer/src/features/import/data/run-import';
import { prng } from '../lib/prng';

const KEY = '5a'.repeat(32);
const HEADERS = ['رقم الهوية', 'الاسم', 'الجوال', 'تاريخ الميلاد', 'الجنس', 'الحالة الاجتماعية', 'عدد أفراد الأسرة', 'الفئة', 'المدينة', 'الحي'];
const FIRST = ['نورة', 'فاطمة', 'سارة', 'مريم', 'منيرة', 'هيا', 'ريم', 'نوف', 'عائشة', 'لطيفة'];
const FATHER = ['محمد', 'عبدالله', 'فهد', 'خالد', 'سعد', 'أحمد', 'ناصر', 'علي'];
const FAMILY = ['القحطاني', 'الغامدي', 'العتيبي', 'الشهري', 'الدوسري', 'الزهراني', 'الحربي', 'المطيري'];
const WORDING = { consentPurpose: 'تقديم خدمات الجمعية', noMobileReason: 'لم يرد في القائمة' };

/** n synthetic rows (IDs made valid with their check digit); about one in ten has a Hijri date, one in three a numeric mobile. */
async function listXlsx(n: number, offset: number): Promise<Uint8Array> {
  const random = prng(offset + 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('list');
  sheet.addRow(HEADERS);
  for (let i = 0; i < n; i++) {
    const k = offset + i;
    const mobile = 500_000_000 + k;
    const born = i % 10 === 0 ? `14${String(10 + (k % 20)).padStart(2, '0')}/0${1 + (k % 9)}/1${k % 9}` : new Date(Date.UTC(1950 + (k % 50), k % 12, 1 + (k % 28)));
    sheet.addRow([completeNationalId(`1${String(k).padStart(8, '0')}`), `${pick(FIRST)} ${pick(FATHER)} ${pick(FATHER)} ${pick(FAMILY)}`, i % 3 === 0 ? mobile : `0${mobile}`, born, 'أنثى', 'متزوجة', 1 + (k % 9), 'الأرامل', 'الرياض', 'النسيم']);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function runImportBench({ rows, existing, write }: { rows: number; existing: number; write: number }) {
  const db = await createWaslDatabase({ name: `bench-import-${Date.now()}`, password: 'bench-storage-secret-0123456789' });
  const index = createSearchIndex(db, KEY);
  await index.start();
  const deps = { db, index, actor: { id: 'bench-actor' }, desk: { deskId: 'bench-desk', deskCode: 'BN1' }, now: () => new Date() };
  const mapping = recogniseColumns(HEADERS);

  // A registry that already holds `existing` files, the first rows of the list to come (duplicates by ID).
  const before = await readSheet(await listXlsx(existing, 0));
  if (!before.ok) throw new Error(before.error);
  const seed = verdictsOf(await dryRun(deps, before.value, mapping, WORDING), true).verdicts.filter((v): v is AddVerdict => v.kind === 'add');
  await runImport(deps, seed, 'seed.xlsx');

  const bytes = await listXlsx(rows, 0);
  const t0 = performance.now();
  const sheet = await readSheet(bytes);
  if (!sheet.ok) throw new Error(sheet.error);
  const t1 = performance.now();
  const run = await dryRun(deps, sheet.value, mapping, WORDING);
  const t2 = performance.now();
  const { verdicts, summary } = verdictsOf(run, true);
  const t3 = performance.now();
  const adds = verdicts.filter((v): v is AddVerdict => v.kind === 'add').slice(0, write);
  const batches: number[] = [];
  let last = performance.now();
  const result = await runImport(deps, adds, 'list.xlsx', { onProgress: () => batches.push(performance.now() - last) && (last = performance.now()) });
  const t4 = performance.now();
  const lastWritten = adds.at(-1)?.value.nationalId ?? '';
  const found = await index.search(lastWritten);
  await index.close();
  await db.close();
  return {
    bytes: bytes.byteLength, summary, imported: result.imported, searchable: found.length,
    readMs: t1 - t0, checkAndLookupMs: t2 - t1, decideMs: t3 - t2, dryRunMs: t3 - t0, importMs: t4 - t3,
    firstBatchMs: batches[0] ?? NaN, lastBatchMs: batches.at(-1) ?? NaN,
  };
}

Object.assign(globalThis, { runImportBench });
