import { describe, expect, it } from 'vitest';
import { cellText, dateCell, excelSerialToIso } from '../../shared/import/cell-values';
import { applySavedMapping, isSavedMapping, mappingGaps, recogniseColumns, toSavedMapping } from '../../shared/import/column-mapping';
import { recogniseHeader } from '../../shared/import/import-fields';
import { checkRows, decideRows, summarise, type CheckOptions, type SheetRow } from '../../shared/import/import-plan';
import { splitFullName } from '../../shared/import/name-split';
import { completeNationalId } from '../../shared/registry/national-id';

const HEADERS = ['رقم الهويه', 'الاسم', 'الجوال', 'تاريخ الميلاد', 'الجنس', 'الحالة الاجتماعية', 'عدد أفراد الأسرة', 'الفئة', 'المدينة', 'الحي'];
const ID1 = completeNationalId('100000001');
const ID2 = completeNationalId('200000002');
const ID3 = completeNationalId('100000003');
const good4 = completeNationalId('100000004');
/** The check digit off by one: a typing slip. */
const BAD_CHECKSUM = good4.slice(0, 9) + String((Number(good4[9]) + 1) % 10);

let counter = 0;
const options: CheckOptions = {
  todayIso: '2026-12-05',
  categoryKeys: ['widows', 'elderly'],
  categories: [{ key: 'widows', labels: ['الأرامل', 'Widows'] }, { key: 'elderly', labels: ['كبار السن'] }],
  consentPurpose: 'خدمات الجمعية',
  noMobileReason: 'لم يرد في القائمة',
  newId: () => `id-${++counter}`,
};
const mapping = recogniseColumns(HEADERS);
const row = (n: number, cells: SheetRow['cells']): SheetRow => ({ row: n, cells });
const person = (id: string, name: string, mobile: string | number, born: string | number | Date) =>
  [id, name, mobile, born, 'أنثى', 'أرملة', 3, 'الأرامل', 'الرياض', 'النسيم'];

describe('headers and mapping', () => {
  it('recognises Arabic and English headers, spelled loosely', () => {
    expect(recogniseHeader('رقم الهوية')).toBe('nationalId');
    expect(recogniseHeader(' رقم الهويه ')).toBe('nationalId');
    expect(recogniseHeader('Mobile Number')).toBe('mobile');
    expect(recogniseHeader('اسم الأب')).toBe('father');
    expect(recogniseHeader('تاريخ الميلاد هجري')).toBe('birthDate');
    expect(recogniseHeader('لون السيارة')).toBeNull();
    expect(mapping.columns).toMatchObject({ nationalId: 0, fullName: 1, mobile: 2, birthDate: 3, gender: 4, categoryKey: 7, district: 9 });
  });

  it('names what a mapping still lacks, and a value for every row fills a missing column', () => {
    const partial = recogniseColumns(['الهوية', 'الاسم الأول', 'اسم الأب']);
    expect(mappingGaps(partial)).toEqual(['name', 'default.gender', 'default.maritalStatus', 'default.familyCount', 'default.categoryKey', 'default.city', 'default.district']);
    expect(mappingGaps(mapping)).toEqual([]);
    expect(mappingGaps({ columns: { nationalId: 0, fullName: 1 }, defaults: { gender: 'male', maritalStatus: 'single', familyCount: '1', categoryKey: 'widows', city: 'جدة', district: 'الروضة' } })).toEqual([]);
  });

  it('a saved mapping follows its headers to new positions and survives a check', () => {
    const hand = { columns: { ...mapping.columns, notes: 10 }, defaults: { city: 'جدة' } };
    const saved = toSavedMapping([...HEADERS, 'ملاحظة الباحث'], hand);
    expect(isSavedMapping(saved)).toBe(true);
    expect(isSavedMapping({ headers: { nope: 'x' }, defaults: {} })).toBe(false);
    const moved = applySavedMapping(['ملاحظة الباحث', ...HEADERS], saved);
    expect(moved.columns).toMatchObject({ notes: 0, nationalId: 1, fullName: 2 });
    expect(moved.defaults).toEqual({ city: 'جدة' });
  });
});

describe('cells', () => {
  it('reads Excel serials, numbers without their leading zero, and Hijri text', () => {
    expect(excelSerialToIso(32874)).toBe('1990-01-01');
    expect(excelSerialToIso(-3)).toBeNull();
    expect(cellText(551234567)).toBe('551234567');
    expect(cellText(new Date(Date.UTC(1990, 4, 1)))).toBe('1990-05-01');
    expect(dateCell('١٤١٠/٠٨/١٩')).toEqual({ text: '1410/08/19', calendar: 'hijri' });
    expect(dateCell('19-8-1410 هـ')).toEqual({ text: '19-8-1410', calendar: 'hijri' });
    expect(dateCell('01/05/1990')).toEqual({ text: '01/05/1990', calendar: 'gregorian' });
    expect(dateCell(32874)).toEqual({ text: '1990-01-01', calendar: 'gregorian' });
  });

  it('splits a full name into parts, keeping compounds together and every word', () => {
    expect(splitFullName('فاطمة أحمد عبد الله الشهري')).toEqual({ first: 'فاطمة', father: 'أحمد', grandfather: 'عبد الله', family: 'الشهري' });
    expect(splitFullName('محمد بن سعد آل سعود')).toEqual({ first: 'محمد', father: 'بن سعد', grandfather: '', family: 'آل سعود' });
    expect(splitFullName('نورة خالد العتيبي')).toEqual({ first: 'نورة', father: 'خالد', grandfather: '', family: 'العتيبي' });
    expect(splitFullName('سارة علي محمد آل الشيخ الكبير')?.family).toBe('آل الشيخ الكبير');
    expect(splitFullName('سارة')).toBeNull();
  });
});

describe('dry run', () => {
  const rows = [
    row(2, person(ID1, 'فاطمة أحمد عبدالله الشهري', 551234567, '1410/08/19')),
    row(3, person(ID2, 'مريم سعيد علي القحطاني', '٠٥٥٢٢٢٣٣٣٤', new Date(Date.UTC(1985, 0, 2)))),
    row(4, person(BAD_CHECKSUM, 'هند خالد العمري', '0553334444', 32874)),
    row(5, person(ID3, 'Sara', '0553334445', '1990-01-01')),
    row(6, person(ID2, 'مريم سعيد علي القحطاني', '0552223334', '1985-01-02')),
    row(7, person(completeNationalId('100000005'), 'ليلى عمر حسن الزهراني', '0559990000', '2031-01-01')),
    row(8, person(completeNationalId('100000006'), 'عائشة عمر حسن الزهراني', '0551234567', '1992-03-04')),
  ];

  it('validates by the registry rules and reasons per row', () => {
    const { valid, invalid } = checkRows(rows, mapping, options);
    expect(valid.map((v) => v.row)).toEqual([2, 3, 6, 8]);
    expect(valid[0]?.value).toMatchObject({ nationalId: ID1, mobiles: ['+966551234567'], birthDate: '1990-03-17', maritalStatus: 'widowed', gender: 'female', categoryKey: 'widows' });
    expect(valid[1]?.value.mobiles).toEqual(['+966552223334']);
    expect(valid[1]?.value.birthDate).toBe('1985-01-02');
    expect(invalid).toEqual([
      { kind: 'invalid', row: 4, reasons: [{ key: 'errors.national-id.checksum', field: 'nationalId' }] },
      { kind: 'invalid', row: 5, reasons: [{ key: 'import.reason.name-incomplete', field: 'name' }] },
      { kind: 'invalid', row: 7, reasons: [{ key: 'errors.birth-date.range', field: 'birthDate' }] },
    ]);
  });

  it('finds duplicates in the file and the registry, and possible ones to skip unless included', () => {
    const { valid } = checkRows(rows, mapping, options);
    const registry = [{ fileId: 'f1', fileNumber: 'HQ-2026-000001', nationalId: ID1, nameKey: '', birthDate: '', mobiles: [] }];
    const verdicts = decideRows(valid, registry, false);
    expect(verdicts.map((v) => v.kind)).toEqual(['duplicate', 'add', 'duplicate', 'skip']);
    expect(verdicts[0]).toMatchObject({ reasons: [{ key: 'import.reason.same-id-in-registry', fileNumber: 'HQ-2026-000001' }] });
    expect(verdicts[2]).toMatchObject({ reasons: [{ key: 'import.reason.same-id-in-file', row: 3 }] });
    expect(verdicts[3]).toMatchObject({ reasons: [{ key: 'import.reason.same-mobile-file', row: 2 }] });
    expect(summarise([...verdicts, ...checkRows(rows, mapping, options).invalid])).toEqual({ add: 1, skip: 1, invalid: 3, duplicate: 2 });
    const included = decideRows(valid, registry, true);
    expect(included[3]).toMatchObject({ kind: 'add', acknowledged: [{ fileId: valid[0]?.id, reason: 'same-mobile' }] });
  });

  it('a row without a mobile takes the reason given for the list, and English words are read', () => {
    const english = recogniseColumns(['National ID', 'First name', "Father's name", 'Family name', 'Date of birth', 'Gender', 'Marital status', 'Family size', 'Category', 'City', 'District']);
    const { valid } = checkRows([row(2, [ID1, 'فاطمة', 'أحمد', 'الشهري', '1990-01-01', 'F', 'married', '2', 'Widows', 'جدة', 'الروضة'])], english, options);
    expect(valid[0]?.value).toMatchObject({ gender: 'female', maritalStatus: 'married', mobiles: [], noMobileReason: 'لم يرد في القائمة', fullName: 'فاطمة أحمد الشهري' });
  });
});
