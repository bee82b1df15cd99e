import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATION_HEADER, type SyncDocument } from '@shared/sync/protocol';
import { humanNumberYear } from '@shared/numbers/human-number';
import { nextWebCaseNumber } from '../../server/complaints/web-case-document';
import { ensureGeneration, WEB_NUMBER_GAP_AFTER_RESTORE } from '../../server/sync/generation';
import { createScratchDatabase, dropSchemaIn, dumpSchema, restoreDump, type DumpFile } from './pg-backup-tools';
import { beneficiary, DATABASE_URL, dropSchema, pullAll, push, startTestServer, type TestServer } from './sync-support/harness';

/**
 * The server's generation (server/sync/generation.ts) and the README's backup procedure as a drill,
 * with PostgreSQL's own pg_dump and pg_restore. The desks' side of a restore is the fault matrix's
 * (sync-fault-generation.test.ts).
 */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

async function started(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer(overrides);
  cleanups.push(() => server.close());
  return server;
}
const generationOf = async (server: TestServer, path = '/health') => (await server.fetch(path)).headers.get(GENERATION_HEADER);
const row = (id: string): { assumedMasterState: null; newDocumentState: SyncDocument } => ({ assumedMasterState: null, newDocumentState: beneficiary(id) });
const file = Uint8Array.from({ length: 5_000 }, (_, i) => (i * 13) % 256);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('server generation', () => {
  it('is on every answer (sync, refusals, unknown paths) and changes only when minted', async () => {
    const server = await started();
    cleanups.push(() => dropSchema(server.schema));
    const generation = await generationOf(server);
    expect(generation).toMatch(/^[0-9a-f-]{36}$/);
    expect(await generationOf(server, '/sync/beneficiaries/pull?checkpoint=0&limit=10')).toBe(generation);
    expect(await generationOf(server, '/no-such-endpoint')).toBe(generation);
    const refused = await fetch(`${server.url}/sync/beneficiaries/pull?checkpoint=0`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get(GENERATION_HEADER)).toBe(generation);
    expect((await ensureGeneration(server.db)).generation).toBe(generation);
    // By hand (`npm run server -- new-generation`): a new one at once.
    const minted = (await ensureGeneration(server.db, 'by-hand')).generation;
    expect(minted).not.toBe(generation);
    expect((await ensureGeneration(server.db)).generation).toBe(minted);
  });
});

describe.skipIf(!DATABASE_URL)('backups with pg_dump and pg_restore (PostgreSQL)', () => {
  const url = DATABASE_URL as string;

  it('a restart keeps the generation; an older backup restored in place is a new one, and WEB numbers skip past the lost ones', { timeout: 120_000 }, async () => {
    const first = await started();
    const schema = first.schema;
    cleanups.push(() => dropSchemaIn(url, schema));
    expect((await push(first, 'beneficiaries', [row('kept')])).status).toBe(200);
    const year = humanNumberYear(Date.now());
    expect(await nextWebCaseNumber(first.db, Date.now())).toBe(`WEB-C${year}-000001`);
    const generation = await generationOf(first);
    const dump: DumpFile = await dumpSchema(url, schema);
    cleanups.push(() => dump.remove());
    // After the backup: a file and two more public-page numbers, then the database is lost.
    expect((await push(first, 'beneficiaries', [row('lost')])).status).toBe(200);
    await nextWebCaseNumber(first.db, Date.now());
    await nextWebCaseNumber(first.db, Date.now());
    await first.close();
    const again = await startTestServer({ databaseSchema: schema });
    expect(await generationOf(again)).toBe(generation);
    await again.close();

    await dropSchemaIn(url, schema);
    await restoreDump(url, dump);
    const restored = await started({ databaseSchema: schema });
    expect((await pullAll(restored, 'beneficiaries')).map((d) => d.id)).toEqual(['kept']);
    const next = await generationOf(restored);
    expect(next).not.toBe(generation);
    expect((await restored.db.query<{ reason: string }>('SELECT reason FROM server_generation'))[0]?.reason).toBe('restored');
    // 000002 and 000003 went out after the backup: the restored counter (1) skips the gap instead.
    expect(await nextWebCaseNumber(restored.db, Date.now())).toBe(`WEB-C${year}-${String(2 + WEB_NUMBER_GAP_AFTER_RESTORE).padStart(6, '0')}`);
  });

  it('the README drill: pg_dump -Fc of a server with data, restored into a new database, the server starts on it', { timeout: 120_000 }, async () => {
    const source = await started();
    cleanups.push(() => dropSchemaIn(url, source.schema));
    expect((await push(source, 'beneficiaries', [row('a'), row('b'), row('c')])).status).toBe(200);
    const address = sha(file);
    expect((await source.fetch(`/files/${address}`, { method: 'PUT', body: file })).status).toBe(201);
    const metrics = await (await source.fetch('/metrics')).json();
    const documents = await pullAll(source, 'beneficiaries');
    const dump = await dumpSchema(url, source.schema);
    cleanups.push(() => dump.remove());

    const scratch = await createScratchDatabase(url);
    cleanups.push(() => scratch.drop());
    await restoreDump(scratch.url, dump);
    const restored = await started({ databaseUrl: scratch.url, databaseSchema: source.schema });
    expect(await (await restored.fetch('/metrics')).json()).toEqual(metrics);
    expect(await pullAll(restored, 'beneficiaries')).toEqual(documents);
    expect(new Uint8Array(await (await restored.fetch(`/files/${address}`)).arrayBuffer())).toEqual(file);
    // The copy is another history: desks that synced with the original start over with it.
    expect(await generationOf(restored)).not.toBe(await generationOf(source));
    // And it takes writes like any server.
    expect((await push(restored, 'beneficiaries', [row('d')])).status).toBe(200);
    expect((await pullAll(restored, 'beneficiaries')).map((d) => d.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
