import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createWaslDatabase, jsonCollection, type WaslDatabase } from '../../renderer/src/db/database';
import { createFileStore, type FileStore } from '../../renderer/src/db/file-store';
import { applyErasure, gatherPerson, reapplyErasures, recordErasure, type ErasureDeps } from '../../renderer/src/features/data-rights/data/apply-erasure';
import { keptRecords } from '../../shared/data-rights/anonymise';
import { ERASED_TEXT } from '../../shared/data-rights/erased-values';
import type { ErasureRecord } from '../../shared/data-rights/erasure-record';
import { AUDIT, CONFLICT, DRAFT_DECLARATION, INTERACTION, P, SIGNED_DECLARATION, recordsOf } from '../shared/data-rights-fixtures';
import { fakeDexieStorage, uniqueName } from './db-fixtures';

const open: { close(): unknown }[] = [];
afterEach(async () => { for (const item of open.splice(0)) await item.close(); });

/** A desk holding person P's documents, two of them pointing at real files in its file store. */
async function desk(): Promise<{ deps: ErasureDeps; files: FileStore; scans: string[] }> {
  const db: WaslDatabase = await createWaslDatabase({ name: uniqueName('wasl-erasure-'), storage: fakeDexieStorage(), password: 'erasure-test-secret-0123456789' });
  const files = createFileStore({ secret: 'erasure-files', name: uniqueName('wasl-files-'), indexedDB, IDBKeyRange });
  open.push(db, files);
  const refs = [];
  for (const body of ['%PDF-1.4 income scan of P', '%PDF-1.4 complaint attachment of P']) {
    const stored = await files.putFile(new TextEncoder().encode(body).buffer, 'scan.pdf', 'application/pdf');
    if (!stored.ok) throw new Error('file not stored');
    refs.push(stored.value);
  }
  const person = recordsOf(P, { interactions: [INTERACTION], declarations: [SIGNED_DECLARATION, DRAFT_DECLARATION], audit: [AUDIT], conflicts: [CONFLICT] });
  const [income, complaint] = refs;
  if (!income || !complaint) throw new Error('no refs');
  person.requests = person.requests.map((doc) => ({ ...doc, checklist: { income: { provided: true, value: '3000', note: '', files: [income] } } }));
  person.cases = person.cases.map((doc) => ({ ...doc, attachments: [complaint] }));
  await db.beneficiaries.insert(person.beneficiary);
  for (const [name, docs] of Object.entries(person)) {
    const collection = name === 'beneficiary' ? null : jsonCollection(db, name);
    if (collection && Array.isArray(docs)) await collection.bulkInsert(docs);
  }
  return { deps: { db, files, deskId: 'RYD1', now: () => new Date('2026-05-01T09:00:00Z') }, files, scans: refs.map((ref) => ref.sha256) };
}

const recordFor = async (deps: ErasureDeps): Promise<ErasureRecord> => {
  const person = await gatherPerson(deps.db, P);
  if (!person) throw new Error('no person');
  return { beneficiaryId: P, requestId: 'case-data-request-1', at: '2026-05-01T09:00:00Z', by: 'admin-1', kept: keptRecords(person) };
};

describe('applying an erasure on a desk (PDPL Art. 18), on a real RxDB and file store', () => {
  it('anonymises every collection, deletes the files, keeps the signed declaration, and logs the record without the data', async () => {
    const { deps, files, scans } = await desk();
    const record = await recordFor(deps);
    await recordErasure(deps, record);
    expect(await applyErasure(deps, record)).toBeGreaterThan(0);
    const after = await gatherPerson(deps.db, P);
    expect(after?.beneficiary.fullName).toBe(ERASED_TEXT);
    expect(JSON.stringify({ ...after, declarations: after?.declarations.filter((doc) => doc.signedAt === '') })).not.toContain('سارة');
    expect(after?.declarations.find((doc) => doc.id === SIGNED_DECLARATION.id)).toMatchObject({ snapshot: SIGNED_DECLARATION.snapshot, signedAt: SIGNED_DECLARATION.signedAt });
    for (const hash of scans) expect(await files.getFile(hash)).toBeNull();
    const logged = (await deps.db.catalog.findOne(`erasure-${P}`).exec())?.toMutableJSON();
    expect(logged?.data).toMatchObject({ beneficiaryId: P, requestId: 'case-data-request-1', by: 'admin-1' });
    expect(JSON.stringify(logged)).not.toContain('سارة');
    expect(record.kept.map((k) => k.reason).sort()).toEqual(['audit-trail', 'signed-declaration']);
  });

  it('an erasure stopped half-way resumes from its record: re-running finishes it, and a third run writes nothing', async () => {
    const { deps, files, scans } = await desk();
    const record = await recordFor(deps);
    await recordErasure(deps, record);
    let writes = 0;
    const stop = { afterWrite: () => { if (++writes === 3) throw new Error('desk closed mid-erasure'); } };
    await expect(applyErasure(deps, record, stop)).rejects.toThrow('desk closed mid-erasure');
    const half = await gatherPerson(deps.db, P);
    expect(half?.beneficiary.fullName).toBe(ERASED_TEXT);
    expect(JSON.stringify(half?.visits)).toContain('سارة');
    const remaining = await reapplyErasures(deps);
    expect(remaining).toBeGreaterThan(0);
    const done = await gatherPerson(deps.db, P);
    expect(JSON.stringify({ ...done, declarations: [] })).not.toContain('سارة');
    for (const hash of scans) expect(await files.getFile(hash)).toBeNull();
    expect(await reapplyErasures(deps)).toBe(0);
  });
});
