import { describe, expect, it } from 'vitest';
import { validateHolidayTable } from '../../shared/calendar/holidays';
import { HOLIDAY_SEED_YEARS, holidayFromCatalog, holidayToCatalog } from '../../shared/catalog/holiday-catalog';
import { appendRequestTypeVersion, latestRequestType, readRequestTypeData, type RequestTypeEdit } from '../../shared/catalog/request-type-catalog';
import { REQUEST_TYPE_SEEDS } from '../../shared/catalog/request-type-seeds';
import { catalogSeed } from '../../shared/catalog/seed';
import { CATALOG_KEY_PATTERN, UNITS } from '../../shared/catalog/units';
import { validateRequestType } from '../../shared/intake/request-type';

const unitKeys = UNITS.map((u) => u.key);
const edit: RequestTypeEdit = {
  id: 'food-basket',
  nameAr: 'سلة غذائية',
  nameEn: 'Food basket',
  unitId: 'social-research',
  requirements: [{ id: 'national-id-copy', kind: 'document', labelAr: 'صورة الهوية', labelEn: 'ID copy', required: true }],
  eligibilityAr: 'أسرة مسجلة',
  eligibilityEn: 'A registered family',
};

describe('intake catalog seed', () => {
  it('seeds the seven units (the follow-up unit of policy 3.5a last) and seven valid request types, each referring to a seeded unit', () => {
    expect(unitKeys).toEqual(['social-research', 'financial-aid', 'health-services', 'education-services', 'housing-services', 'sponsorship', 'follow-up']);
    expect(REQUEST_TYPE_SEEDS.map((t) => t.id)).toEqual([
      'monthly-financial-aid', 'rent-assistance', 'food-basket', 'medical-assistance', 'educational-support', 'household-appliances', 'orphan-sponsorship',
    ]);
    for (const seed of REQUEST_TYPE_SEEDS) {
      expect(seed.id).toMatch(CATALOG_KEY_PATTERN);
      expect(unitKeys).toContain(seed.unitId);
      expect(validateRequestType({ ...seed, version: 1 })).toEqual([]);
      expect(seed.requirements.some((r) => r.required)).toBe(true);
      expect(seed.eligibilityAr).toMatch(/\p{Script=Arabic}/u);
      for (const r of seed.requirements) expect(r.labelAr).toMatch(/\p{Script=Arabic}/u);
    }
  });

  it('stores request types at version 1 and holidays as a valid table, with ids within 36 characters', () => {
    const seed = catalogSeed();
    const type = seed.find((e) => e.id === 'rqt:orphan-sponsorship');
    const data = readRequestTypeData(type?.data);
    expect(data?.versions.map((v) => v.version)).toEqual([1]);
    expect(data && latestRequestType(data)?.requirements.map((r) => r.id)).toContain('death-certificate');
    const holidays = seed.filter((e) => e.kind === 'holiday').map((e) => holidayFromCatalog(e));
    expect(holidays.every((h) => h !== null)).toBe(true);
    const ranges = holidays.flatMap((h) => (h ? [h] : []));
    expect(validateHolidayTable(ranges)).toEqual([]);
    expect(ranges.filter((h) => h.kind === 'national').length).toBe(HOLIDAY_SEED_YEARS.length * 2);
    // National Day 2026 falls on a Wednesday: not moved. Founding Day 2025 is a Saturday: the Sunday after is off too.
    expect(ranges.find((h) => h.id === 'founding-day-2025')).toMatchObject({ start: '2025-02-22', end: '2025-02-23' });
    for (const e of seed) expect(e.id.length).toBeLessThanOrEqual(36);
  });

  it('round-trips a holiday through its catalog form and rejects a malformed one', () => {
    const range = { id: 'x-2026', nameAr: 'إجازة', nameEn: 'Holiday', start: '2026-07-01', end: '2026-07-02', kind: 'other' as const };
    expect(holidayFromCatalog(holidayToCatalog(range))).toEqual(range);
    expect(holidayFromCatalog({ key: 'y', labelAr: 'ا', labelEn: 'a', data: { start: '2026-01-01', end: '2026-01-01', holidayKind: 'party' } })).toBeNull();
    expect(holidayFromCatalog({ key: 'y', labelAr: 'ا', labelEn: 'a' })).toBeNull();
  });
});

describe('request type versions', () => {
  it('creates version 1, appends version 2 on a change, and adds none for an identical save', () => {
    const first = appendRequestTypeVersion(null, edit, unitKeys);
    expect(first.ok && first.value.versions.map((v) => v.version)).toEqual([1]);
    if (!first.ok) return;
    const same = appendRequestTypeVersion(first.value, { ...edit, nameAr: ' سلة غذائية ' }, unitKeys);
    expect(same.ok && same.value.versions).toHaveLength(1);
    const changed = appendRequestTypeVersion(first.value, { ...edit, requirements: [...edit.requirements, { id: 'family-record', kind: 'document', labelAr: 'سجل الأسرة', labelEn: 'Family record', required: true }] }, unitKeys);
    expect(changed.ok && changed.value.versions.map((v) => [v.version, v.requirements.length])).toEqual([[1, 1], [2, 2]]);
    // Version 1 is kept as it was: a request taken under it still reads it.
    expect(changed.ok && changed.value.versions[0]).toEqual(first.value.versions[0]);
  });

  it('refuses a type without requirements, an unknown unit, an id change and over-long eligibility', () => {
    const none = appendRequestTypeVersion(null, { ...edit, requirements: [] }, unitKeys);
    expect(!none.ok && none.error.map((e) => e.code)).toEqual(['request-type.no-requirements']);
    const unit = appendRequestTypeVersion(null, { ...edit, unitId: 'space-agency' }, unitKeys);
    expect(!unit.ok && unit.error.map((e) => e.code)).toEqual(['request-type.unit-unknown']);
    const first = appendRequestTypeVersion(null, edit, unitKeys);
    if (!first.ok) throw new Error('seed edit refused');
    const renamed = appendRequestTypeVersion(first.value, { ...edit, id: 'food-box' }, unitKeys);
    expect(!renamed.ok && renamed.error.map((e) => e.code)).toContain('request-type.id-changed');
    const long = appendRequestTypeVersion(null, { ...edit, eligibilityAr: 'ا'.repeat(1001) }, unitKeys);
    expect(!long.ok && long.error.map((e) => e.code)).toEqual(['request-type.eligibility-too-long']);
  });

  it('reads only well-formed request-type data', () => {
    expect(readRequestTypeData({ versions: [] })).toBeNull();
    expect(readRequestTypeData({ versions: [{ id: 'x' }] })).toBeNull();
    expect(readRequestTypeData('nope')).toBeNull();
  });
});
