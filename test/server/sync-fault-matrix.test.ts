import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { PossibleDuplicate } from '@shared/sync/protocol';
import { completeNationalId } from '@shared/registry/national-id';
import type { OpenConflict } from '@renderer/sync/conflict-records';
import { AckLedger, dropSchema, type Dump, expectConverged, serverSeq, startSide, stopSide, TOKEN, until, type Side } from './sync-fault-support/cluster';
import { deskActions, pushesOf } from './sync-fault-support/desk-actions';
import { PGLITE_SKIP_REASON } from './sync-fault-support/skip-reason';

/**
 * THE SYNC FAULT MATRIX, on PostgreSQL. Each case ends with every desk and the server
 * equal (all synced collections) and no acknowledged write lost (AckLedger: every write a desk
 * showed as saved is on the server, or kept in a conflict record beside the other desk's value).
 *
 *   1  server SIGKILLed mid-push, restarted on the same port ............ here
 *   2  connection cut mid-pull (TCP proxy cuts pull responses) ........... here
 *   3  desk killed mid-write (Chromium, persistent profile, SIGKILL) ..... sync-fault-desk-kill.test.ts
 *   4  the same push replayed (HTTP level and desk level) ................ here
 *   5  two desks edit different fields of one file offline: merged ........ here
 *   6  two desks edit the same field offline: conflict record, both kept .. here
 *   7  two desks register the same national ID offline: duplicate item .... here
 *   8  a desk offline with 5,000 changes reconnects ....................... here
 *   9  desk clocks off by +1 and -1 day: order by server sequence ......... here
 *  10  two server processes on one database, desks on each: live fan-out .. here
 *  11  server restored from an older backup (new generation) ............. sync-fault-generation.test.ts
 *
 * World (sync-fault-support/cluster.ts): server A and server B are two `server/main.ts` processes
 * over one schema; desk A reaches A and desk B reaches B, each through its own fault proxy. The
 * desks run the renderer's real database, registry save and sync manager in their own processes.
 */
const DATABASE_URL = process.env.DATABASE_URL || null;
const SCHEMA = `t_fault_${randomBytes(5).toString('hex')}`;
let a: Side;
let b: Side;
const ledger = new AckLedger();

beforeAll(async () => {
  if (!DATABASE_URL) return;
  [a, b] = await Promise.all([startSide(DATABASE_URL, SCHEMA, 'fault-a', 'FA1'), startSide(DATABASE_URL, SCHEMA, 'fault-b', 'FB1')]);
}, 120_000);
// A case that failed must not leave the next one offline or faulted.
beforeEach(async () => {
  if (!DATABASE_URL) return;
  for (const side of [a, b]) side.proxy.rules.length = 0;
  await Promise.all([a.desk.call('online'), b.desk.call('online'), a.desk.call('clock', { offsetMs: 0 }), b.desk.call('clock', { offsetMs: 0 })]);
});
afterAll(async () => {
  if (!DATABASE_URL) return;
  await Promise.all([stopSide(a), stopSide(b)]);
  await dropSchema(DATABASE_URL, SCHEMA);
}, 60_000);

const { register, patch, get } = deskActions(ledger);
const maxSeq = () => serverSeq(DATABASE_URL as string, SCHEMA);

/** Every case's ending: all equal, nothing acknowledged lost. */
async function expectSettled(timeoutMs?: number): Promise<Dump> {
  const server = await expectConverged(DATABASE_URL as string, SCHEMA, [a.desk, b.desk], timeoutMs);
  ledger.expectKept(server, await a.desk.call<OpenConflict[]>('conflicts'));
  return server;
}

describe.skipIf(!DATABASE_URL)(`sync fault matrix on PostgreSQL${DATABASE_URL ? '' : ` — SKIPPED: ${PGLITE_SKIP_REASON}`}`, () => {
  it('1. server SIGKILLed mid-push and restarted on the same port: nothing lost, nothing doubled', { timeout: 120_000 }, async () => {
    await a.desk.call('offline');
    for (let i = 0; i < 3; i += 1) await register(a.desk);
    for (const id of await a.desk.call<string[]>('bulk-files', { count: 300, tag: 1 })) ledger.ack(id);
    const port = a.server.port;
    let killed: Promise<void> | null = null;
    // The second beneficiaries push: its bytes are on their way to the server when it dies.
    a.proxy.rules.push((request) => {
      if (!killed && request.method === 'POST' && request.path === '/sync/beneficiaries/push' && pushesOf(a).length >= 2) killed = a.server.kill();
      return undefined;
    });
    await a.desk.call('online');
    await until(async () => killed !== null, 'a push to kill the server under');
    await killed;
    await a.server.restart();
    expect(a.server.port).toBe(port);
    await expectSettled();
    expect(pushesOf(a).length).toBeGreaterThan(3);
  });

  it('2. connection cut mid-pull: the desk retries and ends equal, no half batch applied', { timeout: 120_000 }, async () => {
    await b.desk.call('offline');
    for (const id of await a.desk.call<string[]>('bulk-files', { count: 600, tag: 2 })) ledger.ack(id);
    await a.desk.call('sync');
    const before = b.proxy.faults();
    // Cut three pull responses part-way through their body (a 200-file batch is ~200 KB).
    b.proxy.rules.push((request) => (request.path.startsWith('/sync/beneficiaries/pull') && b.proxy.faults() < before + 3 ? { kind: 'cut-after', bytes: 24_000 } : undefined));
    await b.desk.call('online');
    await expectSettled();
    expect(b.proxy.faults() - before).toBe(3);
    b.proxy.rules.length = 0;
  });

  it('4. the same push replayed, at the HTTP level and by a desk that never heard the answer', { timeout: 120_000 }, async () => {
    const doc = await register(a.desk);
    await a.desk.call('sync');
    const sent = pushesOf(a).findLast((r) => r.body.includes(doc.id));
    expect(sent).toBeDefined();
    const seqBefore = await maxSeq();
    for (const url of [a.server.url, a.server.url, b.server.url]) {
      const response = await fetch(`${url}/sync/beneficiaries/push`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: sent?.body.toString('utf8') });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual([]);
    }
    expect(await maxSeq()).toBe(seqBefore);

    // Desk level: the server commits, the answer is lost; the desk sends the same rows again.
    const faults = a.proxy.faults();
    a.proxy.rules.push((request) => (request.method === 'POST' && request.path === '/sync/beneficiaries/push' && a.proxy.faults() === faults ? { kind: 'drop-response' } : undefined));
    await patch(a.desk, doc.id, { city: 'الخبر' });
    await until(async () => a.proxy.faults() > faults && pushesOf(a).filter((r) => r.body.includes('الخبر')).length >= 2, 'the push sent again');
    const [first, again] = pushesOf(a).filter((r) => r.body.includes('الخبر'));
    expect(again?.body.equals(first?.body as Buffer)).toBe(true);
    a.proxy.rules.length = 0;
    await expectSettled();
    expect((await a.desk.call<OpenConflict[]>('conflicts')).filter((c) => c.documentId === doc.id)).toEqual([]);
  });

  it('5. two desks edit different fields of one file offline: both edits merged', { timeout: 120_000 }, async () => {
    const doc = await register(a.desk);
    await a.desk.call('sync');
    await until(async () => (await get(b.desk, doc.id)) !== null, 'desk B has the file');
    await Promise.all([a.desk.call('offline'), b.desk.call('offline')]);
    await patch(a.desk, doc.id, { city: 'جدة' });
    await patch(b.desk, doc.id, { district: 'الروضة' });
    await Promise.all([a.desk.call('online'), b.desk.call('online')]);
    const server = await expectSettled();
    expect(server.beneficiaries?.find((d) => d.id === doc.id)).toMatchObject({ city: 'جدة', district: 'الروضة' });
    const conflicts = await a.desk.call<OpenConflict[]>('conflicts');
    expect(conflicts.filter((c) => c.documentId === doc.id)).toEqual([]);
  });

  it('6. two desks edit the same field offline: a conflict record keeps both values', { timeout: 120_000 }, async () => {
    const doc = await register(a.desk);
    await a.desk.call('sync');
    await until(async () => (await get(b.desk, doc.id)) !== null, 'desk B has the file');
    await Promise.all([a.desk.call('offline'), b.desk.call('offline')]);
    await patch(a.desk, doc.id, { address: 'شارع الملك فهد ٤' });
    await patch(b.desk, doc.id, { address: 'طريق الأمير سلطان ٩' });
    // A reaches the server first; B's push then meets A's value and merges.
    await a.desk.call('online');
    await a.desk.call('sync');
    await b.desk.call('online');
    await expectSettled();
    for (const desk of [a.desk, b.desk]) {
      const open = (await desk.call<OpenConflict[]>('conflicts')).filter((c) => c.documentId === doc.id);
      expect(open).toHaveLength(1);
      expect(open[0]).toMatchObject({ field: 'address', status: 'open', mine: 'طريق الأمير سلطان ٩', theirs: 'شارع الملك فهد ٤' });
    }
  });

  it('7. two desks register the same national ID offline: both kept, the server raises a possible duplicate', { timeout: 120_000 }, async () => {
    const nationalId = completeNationalId('170000707');
    await Promise.all([a.desk.call('offline'), b.desk.call('offline')]);
    const [first, second] = [await register(a.desk, nationalId), await register(b.desk, nationalId)];
    await Promise.all([a.desk.call('online'), b.desk.call('online')]);
    const server = await expectSettled();
    expect(server.beneficiaries?.filter((d) => d.nationalId === nationalId).map((d) => d.id).sort()).toEqual([first.id, second.id].sort());
    const response = await fetch(`${b.server.url}/duplicates`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const { duplicates } = (await response.json()) as { duplicates: PossibleDuplicate[] };
    expect(duplicates.filter((d) => d.field === 'nationalId').map((d) => d.documentIds)).toContainEqual([first.id, second.id].sort());
  });

  it('9. desk clocks a day fast and a day slow: the server sequence orders writes, nothing lost', { timeout: 120_000 }, async () => {
    const day = 24 * 60 * 60 * 1000;
    await Promise.all([a.desk.call('clock', { offsetMs: day }), b.desk.call('clock', { offsetMs: -day })]);
    const early = await register(a.desk);
    await a.desk.call('sync');
    await until(async () => (await get(b.desk, early.id)) !== null, 'desk B has the file stamped a day ahead');
    // B writes after A in real time, stamped two days before A's write: its value is the last one.
    const bNow = await b.desk.call<string>('clock', { offsetMs: -day });
    await patch(b.desk, early.id, { city: 'تبوك', updatedAt: bNow });
    const late = await register(b.desk);
    const server = await expectSettled();
    const held = server.beneficiaries?.find((d) => d.id === early.id);
    expect(held).toMatchObject({ city: 'تبوك', updatedAt: bNow });
    expect(bNow < early.updatedAt).toBe(true);
    expect(server.beneficiaries?.some((d) => d.id === late.id)).toBe(true);
    expect(Date.parse(late.createdAt) - Date.parse(early.createdAt)).toBeLessThan(-day);
  });

  it('10. two server processes on one database: a write on one reaches the desk of the other live', { timeout: 120_000 }, async () => {
    await Promise.all([a.desk.call('sync'), b.desk.call('sync')]);
    const pullsBefore = b.proxy.requests.filter((r) => r.path.startsWith('/sync/beneficiaries/pull')).length;
    const doc = await register(a.desk);
    // No pull on B: the document comes over B's stream, from server B, told by PostgreSQL NOTIFY.
    await until(async () => (await get(b.desk, doc.id)) !== null, 'desk B has the file through its stream', 60_000);
    expect(b.proxy.requests.filter((r) => r.path.startsWith('/sync/beneficiaries/pull')).length).toBe(pullsBefore);
    const reply = await b.desk.call<BeneficiaryDoc>('patch', { id: doc.id, fields: { city: 'أبها' } });
    ledger.ack(doc.id, { city: reply.city });
    await until(async () => (await get(a.desk, doc.id))?.city === 'أبها', 'desk A has B\'s edit through its stream', 60_000);
    await expectSettled();
  });

  // Last: its 5,000 files keep both desks busy (search index catch-up) after it has settled.
  it('8. a desk offline with 5,000 changes reconnects: every one arrives, all equal', { timeout: 240_000 }, async () => {
    await a.desk.call('offline');
    const ids = await a.desk.call<string[]>('bulk-files', { count: 5_000, tag: 8 });
    for (const id of ids) ledger.ack(id);
    const seqBefore = await maxSeq();
    await a.desk.call('online');
    const server = await expectSettled(180_000);
    const onServer = new Set(server.beneficiaries?.map((d) => d.id));
    expect(ids.filter((id) => !onServer.has(id))).toEqual([]);
    expect(await maxSeq()).toBeGreaterThanOrEqual(seqBefore + ids.length);
  });
});
