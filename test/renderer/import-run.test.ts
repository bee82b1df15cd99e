import { afterEach, describe, expect, it } from 'vitest';
import { recogniseColumns } from '../../shared/import/column-mapping';
import { completeNationalId } from '../../shared/registry/national-id';
import { pendingIds } from '../../renderer/src/db/pending-ledger';
import { dryRun, verdictsOf } from '../../renderer/src/features/import/data/dry-run';
import { runImport, type AddVerdict } from '../../renderer/src/features/import/data/run-import';
import type { Sheet } from '../../renderer/src/features/import/data/read-sheet';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import type { ImportDeps } from '../../renderer/src/features/import/data/deps';
import { formInput, ID_A, openDesk, type Desk } from './registry-fixtures';

/** The desk's own index and clock, as the import sees them. */
const importDeps = (d: Desk): ImportDeps => ({ ...d.deps, index: d.index });

const HEADERS = ['رقم الهوية', 'الاسم', 'الجوال', 'تاريخ الميلاد', 'الجنس', 'الحالة الاجتماعية', 'عدد أفراد الأسرة', 'الفئة', 'المدينة', 'الحي'];
const WORDING = { consentPurpose: 'تقديم خدمات الجمعية', noMobileReason: 'لم يرد في القائمة' };

/** n synthetic rows with valid IDs (payload 1 + 8 digits of i) and mobiles 05 5xxx xxxx. */
function sheetOf(n: number, extra: Sheet['rows'] = []): Sheet {
  const rows = Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    cells: [completeNationalId(`1${String(i + 10).padStart(8, '0')}`), 'نورة خالد سعد العتيبي', 550000000 + i, 32874 + i, 'أنثى', 'متزوجة', 4, 'الأرامل', 'الرياض', 'النسيم'],
  }));
  return { headers: HEADERS, rows: [...rows, ...extra] };
}

let desk: Desk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

describe('importing a list', () => {
  it('dry run finds the registry duplicate by blind index; import writes searchable, numbered, traced files with one audit entry', async () => {
    desk = await openDesk();
    const saved = await saveBeneficiary(desk.deps, formInput(), { acknowledged: [] });
    expect(saved.ok).toBe(true);
    const sheet = sheetOf(3, [{ row: 5, cells: [ID_A, 'محمد عبدالله سعد الغامدي', '0551234567', '1980-05-17', 'ذكر', 'متزوج', 4, 'الأرامل', 'الرياض', 'النسيم'] }]);
    const run = await dryRun(importDeps(desk), sheet, recogniseColumns(HEADERS), WORDING);
    const { verdicts, summary } = verdictsOf(run, false);
    expect(summary).toEqual({ add: 3, skip: 0, invalid: 0, duplicate: 1 });
    expect(verdicts[3]).toMatchObject({ kind: 'duplicate', row: 5, reasons: [{ key: 'import.reason.same-id-in-registry', fileNumber: saved.ok ? saved.value.fileNumber : '' }] });

    const progress: number[] = [];
    const result = await runImport(importDeps(desk), verdicts.filter((v): v is AddVerdict => v.kind === 'add'), 'قائمة المستفيدين.xlsx', { onProgress: (done) => progress.push(done) });
    expect(result.imported).toBe(3);
    expect(progress).toEqual([3]);
    const hits = await desk.index.search('نورة العتيبي');
    expect(hits).toHaveLength(3);
    const docs = (await desk.db.beneficiaries.find({ selector: { id: { $in: hits.map((hit) => hit.id) } }, sort: [{ fileNumber: 'asc' }] }).exec()).map((doc) => doc.toJSON());
    expect(docs.map((doc) => doc.fileNumber)).toEqual(['KD1-2026-000002', 'KD1-2026-000003', 'KD1-2026-000004']);
    expect(docs[0]).toMatchObject({ importSource: { importId: result.importId, fileName: 'قائمة المستفيدين.xlsx', row: 2 }, mobiles: ['+966550000000'], birthDate: '1990-01-01' });
    const audit = (await desk.db.audit.find({ selector: { action: 'beneficiary.import' } }).exec()).map((doc) => doc.toJSON());
    expect(audit).toEqual([expect.objectContaining({ entityId: result.importId, fields: ['imported:3', 'rows:3'] })]);
    // A second run of the same list adds nothing: every row is now a duplicate.
    const again = verdictsOf(await dryRun(importDeps(desk), sheet, recogniseColumns(HEADERS), WORDING), false);
    expect(again.summary).toEqual({ add: 0, skip: 0, invalid: 0, duplicate: 4 });
  });

  it('each batch is one bulk insert and one pending-ledger write', async () => {
    desk = await openDesk();
    const run = await dryRun(importDeps(desk), sheetOf(60), recogniseColumns(HEADERS), WORDING);
    const adds = verdictsOf(run, false).verdicts.filter((v): v is AddVerdict => v.kind === 'add');
    expect(adds).toHaveLength(60);
    // The first emission is the ledger as it stands; each later one is a write.
    let ledgerWrites = -1;
    const watching = desk.db.getLocal$('sync-pending-beneficiaries').subscribe(() => (ledgerWrites += 1));
    const progress: number[] = [];
    await runImport(importDeps(desk), adds, 'list.csv', { batchSize: 30, onProgress: (done) => progress.push(done) });
    watching.unsubscribe();
    expect(progress).toEqual([30, 60]);
    expect(ledgerWrites).toBe(2);
    expect(await pendingIds(desk.db as unknown as Parameters<typeof pendingIds>[0], 'beneficiaries')).toHaveLength(60);
  });
});
