import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRecords } from '@shared/data-rights/anonymise';
import { erasureFromCatalog, type ErasureRecord } from '@shared/data-rights/erasure-record';
import { COLLECTIONS } from '@shared/db/collections';
import { CASE_DOCS, INTERACTION, P, Q, REQUEST_DOCS, SIGNED_DECLARATION, SURVEY_DOCS, VISIT_DOCS, beneficiary } from '../shared/data-rights-fixtures';
import { personOnServer, storedFiles } from './data-rights-server-support';
import { marchFigures, type FigureDocs } from './data-rights-figures';
import { dropSchemaIn, dumpSchema, restoreDump, type DumpFile } from './pg-backup-tools';
import { startRemoteDesk, type RemoteDesk } from './sync-support/desk-rpc';
import { DATABASE_URL, dropSchema, ON_POSTGRES, pullAll, startTestServer, TOKEN, type TestServer } from './sync-support/harness';

/**
 * An erasure (PDPL Art. 18) on desk A reaches desk B and the server: two desks running the renderer's real
 * code in their own processes (sync-desk-support/erasure-desk.ts), the real server (PostgreSQL when
 * DATABASE_URL is set). B had edited the person's file offline: the erasure wins. The dashboard's figures
 * for the month before do not move on either desk nor on the server; a backup taken before the erasure,
 * restored (the server's with pg_restore, the desk's with its own restore), comes back erased.
 */
const SCRIPT = resolve(import.meta.dirname, 'sync-desk-support/renderer-desk-process.ts');
const DESK_MODULE = 'erasure-desk.ts';
const PERSONAL = /سارة|Sara|\+9665|شارع|النخيل/;
const BODIES = { income: '%PDF-1.4 income of P', complaint: '%PDF-1.4 complaint of P' };
const sha = (body: string) => createHash('sha256').update(body).digest('hex');
const ref = (body: string) => ({ sha256: sha(body), name: 'scan.pdf', type: 'application/pdf' as const, size: body.length });

let server: TestServer;
let deskA: RemoteDesk;
let deskB: RemoteDesk;
let dump: DumpFile | null = null;

beforeAll(async () => {
  server = await startTestServer({ collections: COLLECTIONS });
  [deskA, deskB] = await Promise.all([startRemoteDesk('era', server.url, TOKEN, SCRIPT, { DESK_MODULE }), startRemoteDesk('erb', server.url, TOKEN, SCRIPT, { DESK_MODULE })]);
  await Promise.all([deskA.call('open', { deskId: 'desk-era', deskCode: 'ERA' }), deskB.call('open', { deskId: 'desk-erb', deskCode: 'ERB' })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([deskA, deskB].map(async (desk) => desk && desk.call('close').catch(() => {}).then(() => desk.stop())));
  await server?.close();
  await dump?.remove();
  if (server) await dropSchema(server.schema);
});

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 150));
  }
}

const personOn = (desk: RemoteDesk) => desk.call<PersonRecords | null>('person', { id: P });
/** What the desk holds of P, the signed declaration aside (kept whole: kept-records.ts). */
const erasable = (person: PersonRecords | null) => JSON.stringify({ ...person, declarations: person?.declarations.filter((doc) => doc.id !== SIGNED_DECLARATION.id) });
async function serverFigures(): Promise<unknown> {
  const [requests, cases, surveys, visits] = await Promise.all(['requests', 'cases', 'surveys', 'visits'].map((name) => pullAll(server, name)));
  return marchFigures({ requests, cases, surveys, visits } as unknown as FigureDocs);
}
async function serverErasures(): Promise<ErasureRecord[]> {
  return (await pullAll(server, 'catalog')).flatMap((doc) => {
    const record = erasureFromCatalog(doc as never);
    return record ? [record] : [];
  });
}

/** P's and Q's documents written on desk A (P's two scans on both desks and the server), until B holds P's. */
async function seedOnA(): Promise<string[]> {
  for (const body of Object.values(BODIES)) {
    expect(await deskA.call('putFile', { body })).toBe(sha(body));
    expect(await deskB.call('putFile', { body })).toBe(sha(body));
    expect((await server.fetch(`/files/${sha(body)}`, { method: 'PUT', body })).status).toBeLessThan(300);
  }
  const mine = (id: string) => id === P;
  const docs = {
    beneficiaries: [beneficiary(P), beneficiary(Q)],
    requests: REQUEST_DOCS.map((doc) => (mine(doc.beneficiaryId) ? { ...doc, checklist: { income: { provided: true, value: '3000', note: 'دخل سارة', files: [ref(BODIES.income)] } } } : doc)),
    cases: CASE_DOCS.map((doc) => (mine(doc.beneficiaryId) ? { ...doc, attachments: [ref(BODIES.complaint)] } : doc)),
    surveys: SURVEY_DOCS, visits: VISIT_DOCS, interactions: [INTERACTION], declarations: [SIGNED_DECLARATION],
  };
  for (const [collection, list] of Object.entries(docs)) await deskA.call('insert', { collection, docs: list });
  await until(async () => { const p = await personOn(deskB); return p?.requests.length === 2 && p.cases.length === 2 && p.visits.length === 1 && p.interactions.length === 1; }, 'P on desk B');
  return [sha(BODIES.income), sha(BODIES.complaint)];
}

/** The server's backup from before the erasure put back in place (pg_restore), the server started on it; the files it brought back. */
async function restoreServer(backup: DumpFile, databaseUrl: string): Promise<number> {
  const { port, schema } = server;
  await server.close();
  await dropSchemaIn(databaseUrl, schema);
  await restoreDump(databaseUrl, backup);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const restored = await client.query(`SELECT sha256 FROM "${schema}".files`).finally(() => client.end());
  server = await startTestServer({ collections: COLLECTIONS, databaseSchema: schema, port });
  return restored.rowCount ?? 0;
}

describe('an erasure on desk A reaches desk B and the server', () => {
  it('everywhere erased, B\'s offline edit included; the month before counts the same; backups restored come back erased', { timeout: 90_000 }, async () => {
    const files = await seedOnA();
    await Promise.all([deskA.call('sync'), deskB.call('sync')]);
    const before = await serverFigures();
    expect(await deskA.call('figures')).toEqual(before);
    expect(await deskB.call('figures')).toEqual(before);
    // The backups, taken before the erasure: B's own, and the server's (pg_dump, on PostgreSQL).
    const backupOfB = await deskB.call<string>('backup');
    if (ON_POSTGRES && DATABASE_URL) dump = await dumpSchema(DATABASE_URL, server.schema);

    // B, offline, edits P's file; meanwhile A erases P.
    await deskB.call('offline');
    await deskB.call('patch', { id: P, fields: { latinName: 'Sara Offline', notes: 'سارة اتصلت', categoryKey: 'widows' } });
    const erased = await deskA.call<{ record: ErasureRecord; written: number }>('erase', { beneficiaryId: P, requestId: 'case-data-request-1', by: 'admin-1' });
    expect(erased.written).toBeGreaterThan(0);
    expect(erased.record.files).toEqual(expect.arrayContaining(files));
    await until(async () => !PERSONAL.test(JSON.stringify(await personOnServer(server))) && (await storedFiles(server)).length === 0, 'P erased on the server');
    await deskB.call('online');
    await until(async () => (await personOn(deskB))?.beneficiary.categoryKey === 'widows' && !PERSONAL.test(erasable(await personOn(deskB))), 'the erasure wins on desk B');
    await Promise.all([deskA.call('sync'), deskB.call('sync')]);
    // B's edit of a non-personal fact stays; nothing personal is left on the server, on A or on B, conflict records included.
    await until(async () => !PERSONAL.test(JSON.stringify(await personOnServer(server))) && !PERSONAL.test(erasable(await personOn(deskA))), 'A and the server erased after B\'s push');
    expect((await pullAll(server, 'beneficiaries')).find((doc) => doc.id === P)).toMatchObject({ categoryKey: 'widows', latinName: '', notes: '' });
    expect(JSON.stringify(await pullAll(server, 'conflicts'))).not.toMatch(PERSONAL);
    expect(JSON.stringify(await deskB.call('conflicts'))).not.toMatch(PERSONAL);
    for (const hash of files) {
      expect(await deskA.call('hasFile', { sha256: hash })).toBe(false);
      expect(await deskB.call('hasFile', { sha256: hash })).toBe(false);
    }
    expect((await deskB.call<{ id: string }[]>('search', { query: 'سارة' })).map((hit) => hit.id)).toEqual([Q]);
    // The month before counts the same, everywhere.
    expect(await serverFigures()).toEqual(before);
    expect(await deskA.call('figures')).toEqual(before);
    expect(await deskB.call('figures')).toEqual(before);

    if (dump && DATABASE_URL) {
      // The server's backup from before the erasure put back in place (pg_restore): a new generation; the
      // desks re-send the record, and the server erases P again.
      expect(await restoreServer(dump, DATABASE_URL)).toBe(2);
      await until(async () => !PERSONAL.test(JSON.stringify(await personOnServer(server))) && (await storedFiles(server)).length === 0, 'P erased again on the restored server', 45_000);
    }
    // B's backup from before the erasure, restored into a new desk with the erasures the server knows.
    const restored = await deskB.call<{ person: PersonRecords; held: boolean[] }>('restoreFresh', { bytes: backupOfB, erasures: await serverErasures(), hashes: files });
    expect(erasable(restored.person)).not.toMatch(PERSONAL);
    expect(restored.held).toEqual([false, false]);
  });
});
