/**
 * A sync server holding synthetic person P's documents (test/shared/data-rights-fixtures.ts) with real
 * files, a web check code for P's case and an outbox row for P's notice; Q's documents beside them.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { PersonRecords } from '@shared/data-rights/anonymise';
import { erasureCatalogEntry, type ErasureRecord } from '@shared/data-rights/erasure-record';
import type { SyncDocument } from '@shared/sync/protocol';
import { AUDIT, CASE_DOCS, CONFLICT, DRAFT_DECLARATION, INTERACTION, P, Q, REQUEST_DOCS, SIGNED_DECLARATION, recordsOf } from '../shared/data-rights-fixtures';
import { push, pullAll, type TestServer } from './sync-support/harness';

export type Seeded = { person: PersonRecords; files: Record<'income' | 'complaint' | 'shared' | 'signature' | 'orphan', string> };

const refOf = (sha256: string) => ({ sha256, name: 'scan.pdf', type: 'application/pdf' as const, size: 20 });

async function upload(server: TestServer, body: string): Promise<string> {
  const bytes = new TextEncoder().encode(body);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const response = await server.fetch(`/files/${sha256}`, { method: 'PUT', body: bytes });
  expect(response.status).toBeLessThan(300);
  return sha256;
}

export async function pushDocs(server: TestServer, collection: string, docs: object[]): Promise<void> {
  const response = await push(server, collection, docs.map((doc) => ({ assumedMasterState: null, newDocumentState: { ...doc, _deleted: false } as SyncDocument })));
  expect(response.status, await response.clone().text()).toBe(200);
  expect(await response.json()).toEqual([]);
}

export async function seedPerson(server: TestServer): Promise<Seeded> {
  const files = {
    income: await upload(server, '%PDF-1.4 income of P'), complaint: await upload(server, '%PDF-1.4 complaint of P'),
    shared: await upload(server, '%PDF-1.4 a scan both P and Q handed in'), signature: await upload(server, 'PNG signature of P'),
    orphan: await upload(server, '%PDF-1.4 a scan of P no document names any more'),
  };
  const person = recordsOf(P, {
    interactions: [INTERACTION], declarations: [{ ...SIGNED_DECLARATION, signature: { ...SIGNED_DECLARATION.signature, image: { sha256: files.signature, type: 'image/png', size: 20, data: 'iVBORw0K' } } }, DRAFT_DECLARATION],
    audit: [AUDIT], conflicts: [CONFLICT],
  });
  person.requests = person.requests.map((doc) => ({ ...doc, checklist: { income: { provided: true, value: '3000', note: 'دخل سارة', files: [refOf(files.income), refOf(files.shared)] } } }));
  person.cases = person.cases.map((doc) => ({ ...doc, attachments: [refOf(files.complaint)] }));
  const others = {
    requests: REQUEST_DOCS.filter((doc) => doc.beneficiaryId === Q).map((doc) => ({ ...doc, checklist: { income: { provided: true, value: '1', note: '', files: [refOf(files.shared)] } } })),
    cases: CASE_DOCS.filter((doc) => doc.beneficiaryId === Q),
  };
  await pushDocs(server, 'beneficiaries', [person.beneficiary, recordsOf(Q).beneficiary]);
  for (const [collection, docs] of Object.entries(person)) if (Array.isArray(docs) && docs.length > 0) await pushDocs(server, collection, docs);
  for (const [collection, docs] of Object.entries(others)) await pushDocs(server, collection, docs);
  await server.db.query(`INSERT INTO web_case_codes (case_number, case_id, code_hash, form_nonce) VALUES ('WEB-C2026-000001', $1, $2, 'nonce-1')`, [person.cases[0]?.id, 'a'.repeat(64)]);
  await server.db.query(`INSERT INTO outbox (notice_id, channel, state, last_error) VALUES ($1, 'sms', 'failed', '+966500000001 refused by the gateway')`, [INTERACTION.id]);
  return { person, files };
}

export const erasureOf = (seeded: Seeded): ErasureRecord => ({ beneficiaryId: P, requestId: 'case-data-request-1', at: '2026-05-01T09:00:00Z', by: 'admin-1', kept: [], files: [seeded.files.orphan] });

export async function pushRecord(server: TestServer, record: ErasureRecord): Promise<void> {
  await pushDocs(server, 'catalog', [erasureCatalogEntry(record, 'RYD1')]);
}

/** P's documents on the server, kept ones aside (the signed declaration, the audit entry). */
export async function personOnServer(server: TestServer): Promise<SyncDocument[]> {
  const all = await Promise.all(['beneficiaries', 'requests', 'interactions', 'declarations', 'cases', 'surveys', 'visits', 'conflicts'].map((name) => pullAll(server, name)));
  return all.flat().filter((doc) => (doc.beneficiaryId === P || doc.id === P || doc.documentId === P) && doc.id !== SIGNED_DECLARATION.id);
}

export async function storedFiles(server: TestServer): Promise<string[]> {
  return (await server.db.query<{ sha256: string }>('SELECT sha256 FROM files ORDER BY sha256')).map((row) => row.sha256);
}
