import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenConflict } from '@renderer/sync/conflict-records';
import { GENERATION_HEADER, type PossibleDuplicate } from '@shared/sync/protocol';
import { AckLedger, dropSchema, expectConverged, startSide, stopSide, TOKEN, until, type Side } from './sync-fault-support/cluster';
import { deskActions } from './sync-fault-support/desk-actions';
import { PGLITE_SKIP_REASON } from './sync-fault-support/skip-reason';
import { dropSchemaIn, dumpSchema, restoreDump, type DumpFile } from './pg-backup-tools';

/**
 * THE SYNC FAULT MATRIX, case 11: the server restored from an older backup (pg_dump, pg_restore).
 * The desks hold documents the server lost and checkpoints beyond its sequence; the server's new
 * generation (server/sync/generation.ts) makes them start over (renderer/src/sync/generation-guard.ts):
 * they re-send what it lacks and re-pull from the start. Ends as every matrix case does: every desk and
 * the server equal, no acknowledged write lost; and no human number handed out twice.
 * Same world as sync-fault-matrix.test.ts (two server processes on one schema, a desk behind each).
 */
const DATABASE_URL = process.env.DATABASE_URL || null;
const SCHEMA = `t_fault_${randomBytes(5).toString('hex')}`;
let a: Side;
let b: Side;
let dump: DumpFile | null = null;
const ledger = new AckLedger();
const { register, patch, get } = deskActions(ledger);

beforeAll(async () => {
  if (!DATABASE_URL) return;
  [a, b] = await Promise.all([startSide(DATABASE_URL, SCHEMA, 'gen-a', 'GA1'), startSide(DATABASE_URL, SCHEMA, 'gen-b', 'GB1')]);
}, 120_000);
afterAll(async () => {
  if (!DATABASE_URL) return;
  await Promise.all([stopSide(a), stopSide(b)]);
  await dropSchema(DATABASE_URL, SCHEMA);
  await dump?.remove();
}, 60_000);

const generationOf = async (side: Side) => (await fetch(`${side.server.url}/health`)).headers.get(GENERATION_HEADER);

async function settled(): Promise<Record<string, Record<string, unknown>[]>> {
  const server = await expectConverged(DATABASE_URL as string, SCHEMA, [a.desk, b.desk], 120_000);
  ledger.expectKept(server, await a.desk.call<OpenConflict[]>('conflicts'));
  ledger.expectKept(server, await b.desk.call<OpenConflict[]>('conflicts'));
  return server;
}

describe.skipIf(!DATABASE_URL)(`sync fault matrix on PostgreSQL: server restored from an older backup${DATABASE_URL ? '' : ` — SKIPPED: ${PGLITE_SKIP_REASON}`}`, () => {
  it('11. back up, keep working on two desks, restore the older backup: all equal again, nothing acknowledged lost, no number twice', { timeout: 300_000 }, async () => {
    const url = DATABASE_URL as string;
    const early = [await register(a.desk), await register(b.desk)];
    await settled();
    const before = await generationOf(a);
    dump = await dumpSchema(url, SCHEMA);

    // After the backup: new files on both desks, edits to a file the backup holds, all acknowledged by the server.
    const late = [await register(a.desk), await register(a.desk), await register(b.desk)];
    await patch(b.desk, String(early[0]?.id), { city: 'الدمام' });
    await patch(a.desk, String(early[1]?.id), { district: 'العليا' });
    const beforeRestore = await settled();
    expect(beforeRestore.beneficiaries?.map((d) => d.id)).toEqual(expect.arrayContaining(late.map((d) => d.id)));

    // The database is lost and the older backup put back; both server processes start on it.
    await Promise.all([a.server.stop(), b.server.stop()]);
    await dropSchemaIn(url, SCHEMA);
    await restoreDump(url, dump);
    await Promise.all([a.server.restart(), b.server.restart()]);
    const after = await generationOf(a);
    expect(after).not.toBe(before);
    expect(await generationOf(b)).toBe(after);

    // A desk keeps working meanwhile; its new file numbers continue past what it holds.
    const meanwhile = await register(b.desk);
    const pullsFromStart = (side: Side) => side.proxy.requests.filter((r) => r.path.startsWith('/sync/beneficiaries/pull?checkpoint=0&')).length;
    const startsBefore = [pullsFromStart(a), pullsFromStart(b)];
    const server = await settled();
    const ids = new Set(server.beneficiaries?.map((d) => d.id));
    for (const doc of [...early, ...late, meanwhile]) expect(ids.has(doc.id), `${doc.fileNumber} back on the server`).toBe(true);
    expect(server.beneficiaries?.find((d) => d.id === early[0]?.id)).toMatchObject({ city: 'الدمام' });
    expect(server.beneficiaries?.find((d) => d.id === early[1]?.id)).toMatchObject({ district: 'العليا' });
    // Both desks started over (a pull from checkpoint 0) once they met the new generation.
    expect(pullsFromStart(a)).toBeGreaterThan(startsBefore[0] ?? 0);
    expect(pullsFromStart(b)).toBeGreaterThan(startsBefore[1] ?? 0);
    // Every file number once: nothing renumbered, nothing handed out again.
    const numbers = server.beneficiaries?.map((d) => d.fileNumber) ?? [];
    expect(new Set(numbers).size).toBe(numbers.length);
    const response = await fetch(`${a.server.url}/numbers/duplicates`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(((await response.json()) as { duplicates: PossibleDuplicate[] }).duplicates).toEqual([]);
    // Nothing became a conflict: each edit was made on one desk only.
    for (const side of [a, b]) expect(await side.desk.call<OpenConflict[]>('conflicts')).toEqual([]);
    await until(async () => (await get(a.desk, meanwhile.id)) !== null, 'desk A has the file made during the restore');
  });
});
