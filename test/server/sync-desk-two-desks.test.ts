import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { PossibleDuplicate } from '@shared/sync/protocol';
import { completeNationalId } from '@shared/registry/national-id';
import type { OpenConflict } from '@renderer/sync/conflict-records';
import type { SyncStatus } from '@renderer/sync/sync-status';
import { startRemoteDesk, type RemoteDesk } from './sync-support/desk-rpc';
import { dropSchema, ON_POSTGRES, pullAll, startTestServer, TOKEN, type TestServer } from './sync-support/harness';

/**
 * Two desks running the renderer's real code (encrypted Dexie database on fake-indexeddb, search
 * index, registry save, sync manager), each in its own process — the RxDB free tier opens 13
 * collections per JS realm — against the real server with the app's collections. On PostgreSQL
 * each desk has its own server process over the one database (LISTEN/NOTIFY fan-out).
 */
const SCRIPT = resolve(import.meta.dirname, 'sync-desk-support/renderer-desk-process.ts');
let servers: TestServer[] = [];
let deskA: RemoteDesk;
let deskB: RemoteDesk;

beforeAll(async () => {
  const first = await startTestServer({ collections: COLLECTIONS });
  servers = ON_POSTGRES ? [first, await startTestServer({ collections: COLLECTIONS, databaseSchema: first.schema })] : [first];
  const urlOf = (index: number) => (servers[index % servers.length] as TestServer).url;
  [deskA, deskB] = await Promise.all([startRemoteDesk('rda', urlOf(0), TOKEN, SCRIPT), startRemoteDesk('rdb', urlOf(1), TOKEN, SCRIPT)]);
  await Promise.all([deskA.call('open', { deskCode: 'RDA' }), deskB.call('open', { deskCode: 'RDB' })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([deskA, deskB].map(async (desk) => desk && desk.call('close').catch(() => {}).then(() => desk.stop())));
  for (const server of servers.reverse()) await server.close();
  if (servers[0]) await dropSchema(servers[0].schema);
});

// Shorter than the test's own 30 s, so a step that never comes names itself.
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

let n = 0;
function person(first: string, nationalId?: string) {
  n += 1;
  return {
    nationalId: nationalId ?? completeNationalId(`13000${String(n).padStart(4, '0')}`),
    mobiles: [`05700000${String(n).padStart(2, '0')}`],
    name: { first, father: 'خالد', grandfather: 'سعد', family: 'العتيبي' },
  };
}
const get = (desk: RemoteDesk, id: string) => desk.call<BeneficiaryDoc | null>('get', { id });
const strip = (doc: Record<string, unknown> | null) => Object.fromEntries(Object.entries(doc ?? {}).filter(([key]) => !key.startsWith('_')));

async function expectEqualEverywhere(id: string): Promise<void> {
  await Promise.all([deskA.call('sync'), deskB.call('sync')]);
  const onServer = (await pullAll(servers[0] as TestServer, 'beneficiaries')).find((doc) => doc.id === id) ?? null;
  expect(strip(await get(deskA, id))).toEqual(strip(onServer));
  expect(strip(await get(deskB, id))).toEqual(strip(onServer));
}

describe('two renderer desks in separate processes', () => {
  it('a file registered on desk A arrives on desk B, whose search index finds it', async () => {
    const doc = await deskA.call<BeneficiaryDoc>('register', { input: person('جواهر') });
    await until(async () => (await get(deskB, doc.id)) !== null, 'the file on desk B');
    await until(async () => (await deskB.call<{ id: string }[]>('search', { query: 'جواهر' })).some((hit) => hit.id === doc.id), 'desk B search hit');
    expect((await deskB.call<{ id: string }[]>('findByNationalId', { value: doc.nationalId })).map((hit) => hit.id)).toEqual([doc.id]);
    await expectEqualEverywhere(doc.id);
  });

  it('edits of different fields made offline on both desks merge everywhere', async () => {
    const doc = await deskA.call<BeneficiaryDoc>('register', { input: person('نوف') });
    await until(async () => (await get(deskB, doc.id)) !== null, 'the file on desk B');
    await Promise.all([deskA.call('offline'), deskB.call('offline')]);
    await deskA.call('patch', { id: doc.id, fields: { city: 'جدة' } });
    await deskB.call('patch', { id: doc.id, fields: { district: 'الحمراء' } });
    await until(async () => (await deskA.call<SyncStatus>('status')).pending >= 1, 'the offline edit counted as pending');
    await deskA.call('online');
    await until(async () => (await get(deskA, doc.id)) !== null && (await deskA.call<SyncStatus>('status')).phase === 'synced', 'desk A synced');
    await deskB.call('online');
    await until(async () => (await get(deskA, doc.id))?.district === 'الحمراء' && (await get(deskB, doc.id))?.city === 'جدة', 'the merge on both desks');
    await expectEqualEverywhere(doc.id);
    expect((await deskB.call<OpenConflict[]>('conflicts')).filter((c) => c.documentId === doc.id)).toEqual([]);
  });

  it('the same field edited on both desks: a conflict record with both values; its resolution reaches the other desk', async () => {
    const doc = await deskA.call<BeneficiaryDoc>('register', { input: person('وعد') });
    await until(async () => (await get(deskB, doc.id)) !== null, 'the file on desk B');
    await Promise.all([deskA.call('offline'), deskB.call('offline')]);
    await deskA.call('patch', { id: doc.id, fields: { address: 'حي الياسمين، شارع ٣' } });
    await deskB.call('patch', { id: doc.id, fields: { address: 'حي النرجس، شارع ٩' } });
    await deskA.call('online');
    await until(async () => (await deskA.call<SyncStatus>('status')).phase === 'synced', 'desk A synced');
    await deskB.call('online');
    await until(async () => (await deskB.call<OpenConflict[]>('conflicts')).some((c) => c.documentId === doc.id), 'the conflict on desk B');
    const conflict = (await deskB.call<OpenConflict[]>('conflicts')).find((c) => c.documentId === doc.id) as OpenConflict;
    expect(conflict).toMatchObject({ field: 'address', status: 'open', base: doc.address, mine: 'حي النرجس، شارع ٩', theirs: 'حي الياسمين، شارع ٣' });
    // Each value names its desk, so the record reads right on desk A too (conflictSidesFor).
    expect(conflict).toMatchObject({ mineDeskId: 'desk-rdb', theirsDeskId: 'desk-rda' });
    await expectEqualEverywhere(doc.id);
    expect((await get(deskB, doc.id))?.address).toBe('حي الياسمين، شارع ٣');
    // The record syncs: desk A sees the open conflict too.
    await until(async () => (await deskA.call<OpenConflict[]>('conflicts')).some((c) => c.id === conflict.id), 'the conflict record on desk A');

    expect(await deskB.call('resolve', { id: conflict.id, choice: 'mine' })).toBeNull();
    await until(async () => (await get(deskA, doc.id))?.address === 'حي النرجس، شارع ٩', 'the chosen value on desk A');
    await until(async () => (await deskA.call<OpenConflict[]>('conflicts')).some((c) => c.id === conflict.id && c.status === 'resolved'), 'resolved on desk A');
    await expectEqualEverywhere(doc.id);
    const audit = await pullAll(servers[0] as TestServer, 'audit');
    expect(audit.some((entry) => entry.action === 'sync.conflict-resolve' && entry.entityId === doc.id)).toBe(true);
  });

  it('the same national ID registered offline on both desks: both files kept, the server raises a possible duplicate', async () => {
    const nationalId = completeNationalId('155555555');
    await Promise.all([deskA.call('offline'), deskB.call('offline')]);
    const a = await deskA.call<BeneficiaryDoc>('register', { input: person('أمل', nationalId) });
    const b = await deskB.call<BeneficiaryDoc>('register', { input: { ...person('أمل', nationalId), name: { first: 'أمل', father: 'خالد', grandfather: 'سعد', family: 'العتيبي' } } });
    await Promise.all([deskA.call('online'), deskB.call('online')]);
    await until(async () => (await get(deskA, b.id)) !== null && (await get(deskB, a.id)) !== null, 'both files on both desks');
    await expectEqualEverywhere(a.id);
    await expectEqualEverywhere(b.id);
    const { duplicates } = (await (await (servers[0] as TestServer).fetch('/duplicates')).json()) as { duplicates: PossibleDuplicate[] };
    expect(duplicates.map((d) => d.documentIds)).toContainEqual([a.id, b.id].sort());
    // Each desk's index now finds both files under that ID.
    await until(async () => (await deskA.call<unknown[]>('findByNationalId', { value: nationalId })).length === 2, 'both files in desk A index');
  });
});
