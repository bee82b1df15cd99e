import { describe, expect, it } from 'vitest';
import { anonymiseOne, personOf } from '@shared/data-rights/anonymise-one';
import { planErasure } from '@shared/data-rights/anonymise';
import { erasureCatalogEntry, erasureFromCatalog } from '@shared/data-rights/erasure-record';
import { AUDIT, CONFLICT, INTERACTION, P, SIGNED_DECLARATION, hash, recordsOf } from './data-rights-fixtures';

describe('the erasure record lists the files every store deletes (hashes only)', () => {
  const record = { beneficiaryId: P, requestId: 'case-1', at: '2026-05-01T09:00:00Z', by: 'admin-1', kept: [], files: [hash(90), hash(91)] };
  it('round-trips with its files; a record without files (written before) still reads', () => {
    expect(erasureFromCatalog(erasureCatalogEntry(record, 'RYD1'))).toEqual(record);
    const { files: _files, ...older } = record;
    expect(erasureFromCatalog(erasureCatalogEntry(older, 'RYD1'))).toEqual(older);
  });
  it('a files list that is not content hashes makes the whole record malformed (ignored, never half-applied)', () => {
    expect(erasureFromCatalog({ kind: 'erasure', data: { ...record, files: ['scan.pdf'] } })).toBeNull();
    expect(erasureFromCatalog({ kind: 'erasure', data: { ...record, files: 'x' } })).toBeNull();
  });
});

describe('one document anonymised by its collection (the server\'s rule for every write about an erased person)', () => {
  it('gives what planErasure gives, document by document, with the files each stops naming', () => {
    const person = recordsOf(P, { interactions: [INTERACTION], declarations: [SIGNED_DECLARATION], conflicts: [CONFLICT] });
    const plan = planErasure(person, { at: '2026-05-01T09:00:00Z', by: 'admin-1', deskId: 'RYD1' });
    for (const { collection, doc } of plan.changed) {
      const before = collection === 'beneficiaries' ? person.beneficiary : (person[collection] as { id: string }[]).find((item) => item.id === doc.id);
      const one = anonymiseOne(collection, before as never);
      expect({ ...one?.doc, updatedAt: '', updatedBy: '', deskId: '' }).toEqual({ ...doc, updatedAt: '', updatedBy: '', deskId: '' });
    }
    const files = person.visits.flatMap((doc) => anonymiseOne('visits', doc)?.files ?? []);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((file) => plan.files.includes(file))).toBe(true);
  });
  it('keeps what is kept, and names the person a document is about', () => {
    expect(anonymiseOne('declarations', SIGNED_DECLARATION)?.doc).toEqual(SIGNED_DECLARATION);
    expect(anonymiseOne('audit', AUDIT)).toBeNull();
    expect(personOf('beneficiaries', { id: P })).toBe(P);
    expect(personOf('requests', { id: 'r', beneficiaryId: P })).toBe(P);
    expect(personOf('conflicts', { id: 'c', documentId: P })).toBeNull();
    expect(personOf('catalog', { id: 'x', beneficiaryId: P })).toBeNull();
  });
});
