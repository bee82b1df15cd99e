import { describe, expect, it } from 'vitest';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { findDuplicatePairs, pairKey } from '../../shared/registry/duplicate-pairs';
import { differingFields, mergeBeneficiaries } from '../../shared/registry/merge-files';

/** Synthetic file (no real person). */
function file(id: string, overrides: Partial<BeneficiaryDoc> = {}): BeneficiaryDoc {
  return {
    id, fileNumber: `KD1-2026-00000${id.length}`, name: { first: 'محمد', father: 'عبدالله', grandfather: 'سعد', family: 'الغامدي' },
    fullName: 'محمد عبدالله سعد الغامدي', nationalId: '1000000018', idKind: 'citizen', birthDate: '1980-05-17', gender: 'male',
    nationality: 'SA', maritalStatus: 'married', familyCount: 4, familyMembers: [{ name: 'سارة', relation: 'daughter' }],
    categoryKey: 'low-income-families', city: 'الرياض', district: 'النسيم', address: 'شارع ١٢', mobiles: ['+966551234567'],
    noMobileReason: '', preferredChannel: { channel: 'phone', subChannel: 'call', address: '+966551234567' },
    consent: { purpose: 'تقديم الخدمات', givenAt: '2026-01-01T08:00:00.000Z', takenBy: 'staff-a' }, notes: '',
    duplicateAcknowledgments: [], createdAt: '2026-01-01T08:00:00.000Z', createdBy: 'staff-a',
    updatedAt: '2026-01-01T08:00:00.000Z', updatedBy: 'staff-a', deskId: 'desk-a', ...overrides,
  };
}
const META = { actorId: 'staff-m', deskId: 'desk-m', at: '2026-03-10T07:00:00.000Z' };

describe('findDuplicatePairs', () => {
  it('pairs open files sharing a key, in a stable order, skipping merged files, empty keys and repeats', () => {
    const pairs = findDuplicatePairs([
      { id: 'b', key: 'k1' }, { id: 'a', key: 'k1' }, { id: 'a', key: 'k1' }, { id: 'c', key: 'k2' },
      { id: 'd', key: '' }, { id: 'e', key: '' }, { id: 'm', key: 'k1', mergedInto: 'a' },
      { id: 'x', key: 'k3' }, { id: 'z', key: 'k3' }, { id: 'y', key: 'k3' },
    ]);
    expect(pairs).toEqual([['a', 'b'], ['x', 'y'], ['x', 'z'], ['y', 'z']]);
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
  });
});

describe('mergeBeneficiaries', () => {
  const survivor = file('s1', { mobiles: ['+966551234567'], notes: 'من المكتب أ', duplicateAcknowledgments: [{ fileId: 'q', reason: 'same-mobile', by: 'staff-a', at: META.at }] });
  const other = file('o22', {
    fileNumber: 'KD2-2026-000007', name: { first: 'محمد', father: 'عبد الله', grandfather: 'سعد', family: 'الغامدي' }, fullName: 'محمد عبد الله سعد الغامدي',
    city: 'جدة', mobiles: ['+966559999999', '+966551234567'], notes: 'من المكتب ب', latinName: 'Mohammed',
    familyMembers: [{ name: 'سارة', relation: 'daughter' }, { name: 'علي', relation: 'son', birthDate: '2010-01-01' }],
    duplicateAcknowledgments: [{ fileId: 'q', reason: 'same-mobile', by: 'staff-b', at: META.at }, { fileId: 'r', reason: 'same-name-and-birth-date', by: 'staff-b', at: META.at }],
    mergedFrom: ['older'], deskId: 'desk-b',
  });

  it('lists only the fields that differ', () => {
    expect(differingFields(survivor, other)).toEqual(['name', 'latinName', 'city', 'notes']);
    // The same value with its keys in another order (as storage may return it) is not a difference.
    const reordered = { ...other, name: { family: other.name.family, grandfather: other.name.grandfather, father: other.name.father, first: other.name.first } };
    expect(differingFields(other, reordered)).toEqual([]);
    // With no mobile on either file, the reason for none becomes a choice.
    expect(differingFields(file('a', { mobiles: [], noMobileReason: 'x' }), file('b', { mobiles: [], noMobileReason: 'y' }))).toEqual(['noMobileReason']);
  });

  it('keeps the survivor id and number, applies each choice, unites lists and marks the other merged', () => {
    const result = mergeBeneficiaries(survivor, other, { name: 'other', city: 'other', latinName: 'other' }, META);
    if (!result.ok) throw new Error(result.error);
    const { survivor: next, merged, fields } = result.value;
    expect(next).toMatchObject({ id: 's1', fileNumber: survivor.fileNumber, fullName: other.fullName, name: other.name, city: 'جدة', latinName: 'Mohammed', notes: 'من المكتب أ' });
    expect(next.mobiles).toEqual(['+966551234567', '+966559999999']);
    expect(next.familyMembers).toHaveLength(2);
    expect(next.duplicateAcknowledgments.map((a) => `${a.reason}:${a.fileId}`)).toEqual(['same-mobile:q', 'same-name-and-birth-date:r']);
    expect(next.mergedFrom).toEqual(['o22', 'older']);
    expect(next).toMatchObject({ createdAt: survivor.createdAt, createdBy: survivor.createdBy, updatedBy: 'staff-m', deskId: 'desk-m', updatedAt: META.at });
    expect(fields).toEqual(['city', 'duplicateAcknowledgments', 'familyMembers', 'fullName', 'latinName', 'mergedFrom', 'mobiles', 'name']);
    // The other file keeps every value it had; only the merge marks are added.
    expect(merged).toEqual({ ...other, mergedInto: 's1', mergedAt: META.at, mergedBy: 'staff-m', updatedAt: META.at, updatedBy: 'staff-m', deskId: 'desk-m' });
    // The inputs are not changed.
    expect(survivor.mobiles).toEqual(['+966551234567']);
  });

  it('takes away an optional field when the other file has none and it was chosen', () => {
    const result = mergeBeneficiaries(file('a', { latinName: 'X' }), file('b'), { latinName: 'other' }, META);
    expect(result.ok && 'latinName' in result.value.survivor).toBe(false);
  });

  it('refuses a file with itself, an already merged file, different IDs and unions past the schema limits', () => {
    expect(mergeBeneficiaries(survivor, survivor, {}, META)).toEqual({ ok: false, error: 'merge.same-file' });
    expect(mergeBeneficiaries(survivor, { ...other, mergedInto: 'zz' }, {}, META)).toEqual({ ok: false, error: 'merge.already-merged' });
    expect(mergeBeneficiaries({ ...survivor, mergedInto: 'zz' }, other, {}, META)).toEqual({ ok: false, error: 'merge.already-merged' });
    expect(mergeBeneficiaries(survivor, { ...other, nationalId: '2000000036' }, {}, META)).toEqual({ ok: false, error: 'merge.different-national-id' });
    const many = (start: number) => Array.from({ length: 3 }, (_, i) => `+96655000000${start + i}`);
    expect(mergeBeneficiaries(file('a', { mobiles: many(0) }), file('b', { mobiles: many(3) }), {}, META)).toEqual({ ok: false, error: 'merge.too-many-mobiles' });
    const family = (tag: string) => Array.from({ length: 26 }, (_, i) => ({ name: `${tag}${i}`, relation: 'son' as const }));
    expect(mergeBeneficiaries(file('a', { familyMembers: family('x') }), file('b', { familyMembers: family('y') }), {}, META)).toEqual({ ok: false, error: 'merge.too-many-family-members' });
  });
});
