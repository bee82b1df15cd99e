import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import { ERASED_TEXT } from '@shared/data-rights/erased-values';
import { applyServerErasure } from '../../server/data-rights/server-erasure';
import { notifyChannel } from '../../server/sync/change-feed';
import { DUPLICATE_RULES } from '../../server/sync/duplicates';
import { pushDocumentsIn } from '../../server/sync/document-store';
import { AUDIT, CONFLICT, INTERACTION, P, Q, SIGNED_DECLARATION } from '../shared/data-rights-fixtures';
import { erasureOf, personOnServer, pushDocs, pushRecord, seedPerson, storedFiles, type Seeded } from './data-rights-server-support';
import { dropSchema, ON_POSTGRES, pullAll, push, startTestServer, type TestServer } from './sync-support/harness';

/**
 * An erasure applied by the server itself (PDPL Art. 18; server/data-rights/server-erasure.ts), on the real
 * server over HTTP (PostgreSQL when DATABASE_URL is set, PGlite otherwise).
 */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });

async function server(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const running = await startTestServer({ collections: COLLECTIONS, ...overrides });
  cleanups.push(async () => { await running.close().catch(() => {}); });
  if (!overrides.databaseSchema) cleanups.push(() => dropSchema(running.schema));
  return running;
}

/** Everything the server held of P is gone, what is kept is kept, Q is untouched. */
async function expectErased(running: TestServer, seeded: Seeded): Promise<void> {
  const mine = await personOnServer(running);
  expect(mine.length).toBeGreaterThanOrEqual(9);
  expect(JSON.stringify(mine)).not.toMatch(/سارة|\+966500000001|Sara|شارع/);
  expect(mine.find((doc) => doc.id === P)).toMatchObject({ fullName: ERASED_TEXT, gender: 'female', city: 'الرياض', birthDate: '1990-01-01' });
  expect((await pullAll(running, 'declarations')).find((doc) => doc.id === SIGNED_DECLARATION.id)?.snapshot).toEqual(SIGNED_DECLARATION.snapshot);
  expect((await pullAll(running, 'audit')).find((doc) => doc.id === AUDIT.id)).toMatchObject({ entityId: P, fields: ['nationalId'] });
  expect((await pullAll(running, 'beneficiaries')).find((doc) => doc.id === Q)?.fullName).toContain('سارة');
  // P's own scans and the scan no document names any more are gone; the signed declaration's image (kept)
  // and the scan Q's request shares stay.
  expect(await storedFiles(running)).toEqual([seeded.files.shared, seeded.files.signature].sort());
  expect(await running.db.query('SELECT 1 FROM web_case_codes')).toEqual([]);
  expect(await running.db.query('SELECT last_error FROM outbox')).toEqual([{ last_error: '' }]);
}

describe('the server applies an erasure record it receives', () => {
  it('the record alone erases P in every table that holds P; a replayed record changes nothing', async () => {
    const running = await server();
    const seeded = await seedPerson(running);
    await pushRecord(running, erasureOf(seeded));
    await expectErased(running, seeded);
    // A replayed record (a desk's retry) finds nothing left to do.
    const before = await running.db.query<{ seq: string }>('SELECT max(seq)::text AS seq FROM documents');
    await pushRecord(running, erasureOf(seeded));
    expect(await running.db.query('SELECT max(seq)::text AS seq FROM documents')).toEqual(before);
  });

  it('the erasure wins: an edit of P made offline, and a conflict record quoting P, are stored anonymised', async () => {
    const running = await server();
    const seeded = await seedPerson(running);
    await pushRecord(running, erasureOf(seeded));
    const [stored] = (await pullAll(running, 'beneficiaries')).filter((doc) => doc.id === P);
    const late = { ...seeded.person.beneficiary, latinName: 'Sara Late', mobiles: ['+966500000009'], notes: 'سارة اتصلت', categoryKey: 'widows', _deleted: false };
    const response = await push(running, 'beneficiaries', [{ assumedMasterState: stored ?? null, newDocumentState: late }]);
    expect(await response.json()).toEqual([]);
    await pushDocs(running, 'conflicts', [{ ...CONFLICT, id: 'cf-late', mine: 'سارة', theirs: ERASED_TEXT }]);
    const mine = await personOnServer(running);
    expect(JSON.stringify(mine)).not.toMatch(/سارة|Sara|\+9665/);
    // What the edit changed that is not personal stays: the erasure removes persons, not facts.
    expect(mine.find((doc) => doc.id === P)).toMatchObject({ categoryKey: 'widows', latinName: '', mobiles: [] });
  });

  it('an erasure stopped half-way leaves nothing half-done; the next run finishes it', async () => {
    const running = await server();
    const seeded = await seedPerson(running);
    // The record stored without the push hook (as if the server died right after storing it).
    await running.db.query(`INSERT INTO documents (collection, id, seq, data) VALUES ('catalog', $1, nextval('document_seq'), $2)`, [`erasure-${P}`, JSON.stringify({ id: `erasure-${P}`, kind: 'erasure', key: P, labelAr: 'محو', labelEn: 'Erasure', active: true, order: 0, data: erasureOf(seeded), updatedAt: '2026-05-01T09:00:00Z', updatedBy: 'admin-1', deskId: 'RYD1' })]);
    const options = { duplicateRules: DUPLICATE_RULES, channel: notifyChannel(running.schema) };
    const stop = async (collection: string) => { if (collection === 'cases') throw new Error('server stopped mid-erasure'); };
    await expect(applyServerErasure(running.db, erasureOf(seeded), { ...options, afterCollection: stop })).rejects.toThrow('server stopped mid-erasure');
    // Rolled back whole: P is as before, files and codes too.
    expect((await pullAll(running, 'beneficiaries')).find((doc) => doc.id === P)?.fullName).toContain('سارة');
    expect(await storedFiles(running)).toHaveLength(5);
    expect(await running.db.query('SELECT 1 FROM web_case_codes')).toHaveLength(1);
    const done = await applyServerErasure(running.db, erasureOf(seeded), options);
    expect(done.written).toBeGreaterThan(0);
    await expectErased(running, seeded);
    expect((await applyServerErasure(running.db, erasureOf(seeded), options)).written).toBe(0);
  });

  it('a server started on a database from before the erasure (P back in it) erases P again before answering', async () => {
    const dataDir = ON_POSTGRES ? null : await mkdtemp(join(tmpdir(), 'wasl-erasure-'));
    if (dataDir) cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const first = await server({ dataDir });
    const seeded = await seedPerson(first);
    const original = await first.db.query<{ collection: string; id: string; data: unknown }>(`SELECT collection, id, data FROM documents WHERE collection <> 'catalog'`);
    const bytes = await first.db.query<{ sha256: string; size: number; bytes: Uint8Array }>('SELECT sha256, size, bytes FROM files');
    await pushRecord(first, erasureOf(seeded));
    await expectErased(first, seeded);
    // The documents and files of an older backup put back under the record (what a restore of a backup
    // taken before the erasure, with the record re-sent by a desk, leaves), then a restart.
    for (const row of original) await first.db.query('UPDATE documents SET data = $3 WHERE collection = $1 AND id = $2', [row.collection, row.id, JSON.stringify(row.data)]);
    for (const row of bytes) await first.db.query('INSERT INTO files (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [row.sha256, row.size, row.bytes]);
    expect(JSON.stringify(await personOnServer(first))).toContain('سارة');
    await first.close();
    const second = await server({ dataDir, databaseSchema: first.schema });
    await expectErased(second, seeded);
  });

  // Two connections at once: PostgreSQL only (PGlite runs one transaction at a time).
  it.runIf(ON_POSTGRES)('a push about P being written while the erasure commits is erased too, not left as written', async () => {
    const running = await server();
    const seeded = await seedPerson(running);
    const options = { collection: 'interactions', primaryKey: 'id', duplicateRules: DUPLICATE_RULES, channel: notifyChannel(running.schema) };
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    // A push of an interaction about P: it holds the collection's lock and has written, not committed.
    const pushing = running.db.transaction(async (tx) => {
      await pushDocumentsIn(tx, [{ newDocumentState: { ...INTERACTION, id: 'i-late', summary: 'اتصلنا بسارة مرة أخرى', _deleted: false } }], options);
      locked();
      await held;
    });
    await holding;
    const erasing = pushRecord(running, erasureOf(seeded));
    // The push commits once the erasure waits for a lock (the push's): before it has read anything.
    const waiting = async () => (await running.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`))[0]?.n ?? 0;
    await expect.poll(waiting, { timeout: 10_000 }).toBeGreaterThan(0);
    release();
    await pushing;
    await erasing;
    const late = (await pullAll(running, 'interactions')).find((doc) => doc.id === 'i-late');
    expect(late).toBeDefined();
    expect(JSON.stringify(late)).not.toMatch(/سارة|\+9665/);
  });
});
