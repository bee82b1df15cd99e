import { describe, expect, it } from 'vitest';
import { isImmutableDocument } from '../../shared/sync/collection-policy';
import { jsonEqual } from '../../shared/sync/deep-equal';
import { parseCheckpoint, stripSyncMeta } from '../../shared/sync/protocol';
import { mergeDocuments } from '../../shared/sync/three-way-merge';

const base = {
  id: 'b1', city: 'الرياض', district: 'النسيم', familyCount: 4, mobiles: ['+966501234567'],
  name: { first: 'محمد', father: 'عبدالله', family: 'الحربي' },
  updatedAt: '2026-01-01T08:00:00.000Z', updatedBy: 'staff-1', deskId: 'desk-a', _deleted: false,
};
const policy = { collection: 'beneficiaries' };

describe('mergeDocuments (three-way)', () => {
  it('merges fields changed on one side only', () => {
    const mine = { ...base, city: 'جدة', updatedAt: '2026-01-02T08:00:00.000Z', deskId: 'desk-a' };
    const theirs = { ...base, familyCount: 5, updatedAt: '2026-01-02T09:00:00.000Z', deskId: 'desk-b', updatedBy: 'staff-2' };
    const result = mergeDocuments(base, mine, theirs, policy);
    expect(result).toEqual({
      kind: 'merged',
      document: { ...base, city: 'جدة', familyCount: 5, updatedAt: mine.updatedAt, deskId: 'desk-b', updatedBy: 'staff-2' },
      conflicts: [],
    });
  });

  it('records a field changed on both sides, keeping the master value in the document', () => {
    const mine = { ...base, city: 'جدة' };
    const theirs = { ...base, city: 'الدمام' };
    const result = mergeDocuments(base, mine, theirs, policy);
    expect(result.kind).toBe('merged');
    if (result.kind !== 'merged') return;
    expect(result.document.city).toBe('الدمام');
    expect(result.conflicts).toEqual([{ documentId: 'b1', collection: 'beneficiaries', field: 'city', base: 'الرياض', mine: 'جدة', theirs: 'الدمام' }]);
  });

  it('takes the same change made on both sides without a conflict', () => {
    const both = { ...base, city: 'جدة' };
    expect(mergeDocuments(base, both, { ...both, familyCount: 6 }, policy)).toMatchObject({ kind: 'merged', conflicts: [], document: { city: 'جدة', familyCount: 6 } });
    expect(mergeDocuments(base, both, both, policy)).toEqual({ kind: 'equal', document: both });
  });

  it('merges nested objects member by member and names the path of a conflict', () => {
    const mine = { ...base, name: { ...base.name, first: 'محمّد', family: 'الحربى' } };
    const theirs = { ...base, name: { ...base.name, father: 'عبد الله', family: 'الحربي الشمري' } };
    const result = mergeDocuments(base, mine, theirs, policy);
    if (result.kind !== 'merged') throw new Error(result.kind);
    expect(result.document.name).toEqual({ first: 'محمّد', father: 'عبد الله', family: 'الحربي الشمري' });
    expect(result.conflicts.map((c) => [c.field, c.mine, c.theirs])).toEqual([['name.family', 'الحربى', 'الحربي الشمري']]);
  });

  it('treats arrays as one value', () => {
    const mine = { ...base, mobiles: ['+966501234567', '+966551112222'] };
    const theirs = { ...base, mobiles: ['+966509999999'] };
    const result = mergeDocuments(base, mine, theirs, policy);
    if (result.kind !== 'merged') throw new Error(result.kind);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ field: 'mobiles', mine: mine.mobiles, theirs: theirs.mobiles });
  });

  it('keeps fields added or removed on one side', () => {
    const { district: _removed, ...mine } = base;
    const theirs = { ...base, notes: 'زيارة منزلية' };
    const result = mergeDocuments(base, mine, theirs, policy);
    if (result.kind !== 'merged') throw new Error(result.kind);
    expect(result.document).not.toHaveProperty('district');
    expect(result.document.notes).toBe('زيارة منزلية');
    expect(result.conflicts).toEqual([]);
  });

  it('never lets metadata conflict: the merging desk writes', () => {
    const mine = { ...base, updatedAt: '2026-01-03T00:00:00.000Z', updatedBy: 'staff-9' };
    const theirs = { ...base, updatedAt: '2026-01-02T00:00:00.000Z', updatedBy: 'staff-2' };
    expect(mergeDocuments(base, mine, theirs, policy)).toMatchObject({ conflicts: [], document: { updatedAt: mine.updatedAt, updatedBy: 'staff-9' } });
  });

  it('keeps an edited document alive against a delete from the other side, and asks', () => {
    const deleted = { ...base, _deleted: true };
    const edited = { ...base, city: 'جدة' };
    for (const [mine, theirs] of [[deleted, edited], [edited, deleted]] as const) {
      const result = mergeDocuments(base, mine, theirs, policy);
      if (result.kind !== 'merged') throw new Error(result.kind);
      expect(result.document._deleted).toBe(false);
      expect(result.document.city).toBe('جدة');
      expect(result.conflicts.map((c) => c.field)).toEqual(['_deleted']);
    }
    // A delete against a metadata-only change is just a delete.
    const touched = { ...base, updatedAt: '2026-02-01T00:00:00.000Z' };
    expect(mergeDocuments(base, deleted, touched, policy)).toMatchObject({ conflicts: [], document: { _deleted: true } });
  });

  it('conflicts on every differing field when there is no base (both created the same id)', () => {
    const { _deleted: _d, ...fields } = base;
    const result = mergeDocuments(null, { ...fields, city: 'جدة', _deleted: false }, { ...fields, city: 'تبوك', _deleted: false }, policy);
    if (result.kind !== 'merged') throw new Error(result.kind);
    expect(result.conflicts.map((c) => c.field)).toEqual(['city']);
  });

  it('never merges append-only documents: the master stays and the other version is handed back', () => {
    const entry = { id: 'a1', action: 'staff.create', fields: ['displayName'], _deleted: false };
    const other = { ...entry, action: 'staff.update' };
    expect(mergeDocuments(entry, other, entry, { collection: 'audit' })).toEqual({ kind: 'immutable', document: entry, rejected: other });
    expect(mergeDocuments(entry, other, entry, { collection: 'interactions' }).kind).toBe('immutable');
    expect(mergeDocuments(entry, other, entry, { collection: 'requests', immutable: true }).kind).toBe('immutable');
  });

  it('is pure: the inputs are left as they were', () => {
    const mine = { ...base, name: { ...base.name, first: 'أحمد' } };
    const theirs = { ...base, city: 'أبها' };
    const snapshot = JSON.stringify([base, mine, theirs]);
    mergeDocuments(base, mine, theirs, policy);
    expect(JSON.stringify([base, mine, theirs])).toBe(snapshot);
  });
});

describe('collection policy', () => {
  it('freezes audit and interactions once stored, declarations once signed', () => {
    expect(isImmutableDocument('audit', { id: 'x' })).toBe(true);
    expect(isImmutableDocument('audit', null)).toBe(false);
    expect(isImmutableDocument('interactions', { id: 'x' })).toBe(true);
    expect(isImmutableDocument('declarations', { id: 'x', signedAt: '' })).toBe(false);
    expect(isImmutableDocument('declarations', { id: 'x', signedAt: '2026-01-01T10:00:00.000Z' })).toBe(true);
    expect(isImmutableDocument('beneficiaries', { id: 'x' })).toBe(false);
  });
});

describe('protocol helpers', () => {
  it('compares JSON ignoring key order and undefined members', () => {
    expect(jsonEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(jsonEqual({ a: null }, { a: 0 })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
  });

  it('strips RxDB bookkeeping and parses checkpoints strictly', () => {
    expect(stripSyncMeta({ id: 'x', _deleted: true, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {} })).toEqual({ id: 'x' });
    expect(parseCheckpoint(undefined)).toBe(0);
    expect(parseCheckpoint('42')).toBe(42);
    expect(parseCheckpoint('-1')).toBeNull();
    expect(parseCheckpoint('1e3')).toBeNull();
  });
});
