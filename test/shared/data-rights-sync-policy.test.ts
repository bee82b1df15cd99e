import { describe, expect, it } from 'vitest';
import { anonymiseInteraction } from '@shared/data-rights/anonymise-records';
import { erasureCatalogEntry, erasureFromCatalog } from '@shared/data-rights/erasure-record';
import { isErasureOf } from '@shared/sync/collection-policy';
import { INTERACTION, P } from './data-rights-fixtures';

describe('an append-only interaction accepts its anonymisation and nothing else', () => {
  const erased = { ...anonymiseInteraction(INTERACTION).doc, updatedAt: '2026-05-01T09:00:00Z', updatedBy: 'admin-1', deskId: 'RYD2' };
  it('the exact anonymised form is an erasure', () => {
    expect(isErasureOf('interactions', INTERACTION, erased)).toBe(true);
  });
  it('read back from PostgreSQL (jsonb keeps keys in its own order, nested ones too) it is still the erasure', () => {
    const reordered = (value: unknown): unknown => Array.isArray(value)
      ? value.map(reordered)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reordered(inner)])) : value;
    const nested = { ...INTERACTION, outbox: { channel: 'sms', status: 'sent', attempts: 1 } };
    const nestedErased = { ...anonymiseInteraction(nested).doc, updatedAt: '2026-05-01T09:00:00Z' };
    expect(isErasureOf('interactions', nested, reordered(nestedErased) as Record<string, unknown>)).toBe(true);
  });
  it('any other change stays refused: an edited summary, a kept address, a changed date, or no change at all', () => {
    expect(isErasureOf('interactions', INTERACTION, { ...erased, summary: 'rewritten' })).toBe(false);
    expect(isErasureOf('interactions', INTERACTION, { ...erased, address: INTERACTION.address })).toBe(false);
    expect(isErasureOf('interactions', INTERACTION, { ...erased, at: '2026-01-01T00:00:00Z' })).toBe(false);
    expect(isErasureOf('interactions', INTERACTION, { ...INTERACTION, updatedAt: 'x' })).toBe(false);
    expect(isErasureOf('audit', INTERACTION, erased)).toBe(false);
  });
});

describe('the erasure record (a catalog entry) holds no erased data and reads back whole or not at all', () => {
  const record = { beneficiaryId: P, requestId: 'case-1', at: '2026-05-01T09:00:00Z', by: 'admin-1', kept: [{ collection: 'declarations' as const, id: 'd1', number: 'RYD1-D2026-000001', reason: 'signed-declaration' as const }] };
  it('round-trips through the catalog', () => {
    const entry = erasureCatalogEntry(record, 'RYD1');
    expect(entry).toMatchObject({ kind: 'erasure', key: P, id: `erasure-${P}` });
    expect(erasureFromCatalog(entry)).toEqual(record);
  });
  it('a malformed entry is ignored, never half-applied', () => {
    expect(erasureFromCatalog({ kind: 'erasure', data: { ...record, beneficiaryId: '' } })).toBeNull();
    expect(erasureFromCatalog({ kind: 'erasure', data: { ...record, kept: [{ collection: 'x' }] } })).toBeNull();
    expect(erasureFromCatalog({ kind: 'unit', data: record })).toBeNull();
  });
});
