/** A desk holding synthetic person P's documents (test/shared/data-rights-fixtures.ts) with two real files. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { gatherPerson, type ErasureDeps } from '../../renderer/src/db/apply-erasure';
import { createWaslDatabase, jsonCollection, type WaslDatabase } from '../../renderer/src/db/database';
import { createFileStore, type FileStore } from '../../renderer/src/db/file-store';
import { keptRecords } from '../../shared/data-rights/anonymise';
import type { ErasureRecord } from '../../shared/data-rights/erasure-record';
import { AUDIT, CONFLICT, DRAFT_DECLARATION, INTERACTION, P, SIGNED_DECLARATION, recordsOf } from '../shared/data-rights-fixtures';
import { fakeDexieStorage, uniqueName } from './db-fixtures';

const open: { close(): unknown }[] = [];
afterEach(async () => { for (const item of open.splice(0)) await item.close(); });

/** A fresh desk: a real RxDB (Dexie on fake-indexeddb) and a real file store. */
export async function emptyDesk(): Promise<{ deps: ErasureDeps; files: FileStore }> {
  const db: WaslDatabase = await createWaslDatabase({ name: uniqueName('wasl-erasure-'), storage: fakeDexieStorage(), password: 'erasure-test-secret-0123456789' });
  const files = createFileStore({ secret: 'erasure-files', name: uniqueName('wasl-files-'), indexedDB, IDBKeyRange });
  open.push(db, files);
  return { deps: { db, files, deskId: 'RYD1', now: () => new Date('2026-05-01T09:00:00Z') }, files };
}

/** A desk holding person P's documents, two of them pointing at real files in its file store. */
export async function desk(): Promise<{ deps: ErasureDeps; files: FileStore; scans: string[] }> {
  const { deps, files } = await emptyDesk();
  const db = deps.db;
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
  return { deps, files, scans: refs.map((ref) => ref.sha256) };
}

export const recordFor = async (deps: ErasureDeps): Promise<ErasureRecord> => {
  const person = await gatherPerson(deps.db, P);
  if (!person) throw new Error('no person');
  return { beneficiaryId: P, requestId: 'case-data-request-1', at: '2026-05-01T09:00:00Z', by: 'admin-1', kept: keptRecords(person) };
};

