import { describe, expect, it } from 'vitest';
import { conflictIdOf, decodeConflictValue, encodeConflictValue, getAtPath, setAtPath } from '../../shared/sync/conflict-values';
import { backoffDelayMs, validateServerUrl, validateSyncToken } from '../../shared/sync/server-url';
import { createConflictHandler } from '../../renderer/src/sync/conflict-handler';
import type { FieldConflict } from '../../shared/sync/three-way-merge';

describe('sync server address', () => {
  it('accepts https anywhere and http only on this computer', () => {
    expect(validateServerUrl(' https://sync.example.org/ ')).toEqual({ ok: true, value: 'https://sync.example.org' });
    expect(validateServerUrl('http://127.0.0.1:8787')).toEqual({ ok: true, value: 'http://127.0.0.1:8787' });
    expect(validateServerUrl('http://sync.example.org')).toEqual({ ok: false, error: 'sync.url-insecure' });
    expect(validateServerUrl('')).toEqual({ ok: false, error: 'sync.url-empty' });
    expect(validateServerUrl('ftp://x')).toEqual({ ok: false, error: 'sync.url-format' });
    expect(validateServerUrl('https://user:pw@x.org')).toEqual({ ok: false, error: 'sync.url-format' });
    expect(validateSyncToken('short')).toEqual({ ok: false, error: 'sync.token-empty' });
  });

  it('backs off exponentially up to a minute', () => {
    expect([0, 1, 2, 3, 10].map((n) => backoffDelayMs(n))).toEqual([0, 1000, 2000, 4000, 60_000]);
  });
});

describe('conflict values', () => {
  it('keeps absent, null and values apart, and ids are stable per pair of edits', () => {
    for (const value of [undefined, null, '', 'جدة', ['+966551234567'], { channel: 'phone' }]) {
      expect(decodeConflictValue(encodeConflictValue(value))).toEqual(value);
    }
    expect(conflictIdOf('beneficiaries', 'd1', 'city', 'a', 'b')).toBe(conflictIdOf('beneficiaries', 'd1', 'city', 'a', 'b'));
    expect(conflictIdOf('beneficiaries', 'd1', 'city', 'a', 'b')).not.toBe(conflictIdOf('beneficiaries', 'd1', 'city', 'a', 'c'));
    expect(conflictIdOf('x', 'y', 'z', 1, 2)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reads and writes dotted paths without touching the original', () => {
    const doc = { name: { first: 'محمد', family: 'الحربي' }, city: 'الرياض' };
    expect(getAtPath(doc, 'name.first')).toBe('محمد');
    expect(setAtPath(doc, 'name.first', 'أحمد')).toEqual({ name: { first: 'أحمد', family: 'الحربي' }, city: 'الرياض' });
    expect(setAtPath(doc, 'city', undefined)).toEqual({ name: doc.name });
    expect(doc.name.first).toBe('محمد');
  });
});

describe('conflict handler', () => {
  const base = { id: 'b1', city: 'الرياض', notes: '', updatedAt: '1', updatedBy: 's', deskId: 'a', _deleted: false };

  it('merges one-sided edits, records both-sided ones and keeps the master value until resolved', async () => {
    const recorded: FieldConflict[] = [];
    const handler = createConflictHandler('beneficiaries', { record: async (c) => void recorded.push(...c), immutableViolation: () => {} });
    const merged = await handler.resolve(
      { assumedMasterState: base, newDocumentState: { ...base, city: 'جدة', notes: 'x' }, realMasterState: { ...base, city: 'تبوك', deskId: 'b' } },
      'test',
    );
    expect(merged).toMatchObject({ city: 'تبوك', notes: 'x' });
    expect(recorded).toEqual([{ documentId: 'b1', collection: 'beneficiaries', field: 'city', base: 'الرياض', mine: 'جدة', theirs: 'تبوك' }]);
  });

  it('never merges an append-only document: the server version stays and the impossible case is reported', async () => {
    const violations: string[] = [];
    const handler = createConflictHandler('audit', { record: async () => {}, immutableViolation: (c, id) => violations.push(`${c}/${id}`) });
    const master = { id: 'a1', action: 'staff.create', fields: [], _deleted: false };
    expect(await handler.resolve({ assumedMasterState: undefined, newDocumentState: { ...master, action: 'staff.update' }, realMasterState: master }, 'test')).toBe(master);
    expect(violations).toEqual(['audit/a1']);
    // The same entry on both sides is no conflict at all.
    expect(await handler.resolve({ newDocumentState: { ...master }, realMasterState: master }, 'test')).toBe(master);
    expect(violations).toHaveLength(1);
  });
});
