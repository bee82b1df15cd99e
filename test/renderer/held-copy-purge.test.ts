import { EventSource } from 'eventsource';
import { BehaviorSubject } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COLLECTIONS } from '../../shared/db/collections';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { projectDuplicateCheck } from '../../shared/accounts/pull-filters';
import { completeNationalId } from '../../shared/registry/national-id';
import type { PushRow, SyncDocument } from '../../shared/sync/protocol';
import type { SyncStatus } from '../../renderer/src/sync/sync-status';
import { notifyChannel } from '../../server/sync/change-feed';
import { pushDocuments } from '../../server/sync/document-store';
import { rawDump as rawDumpOf } from './idb-raw-fixtures';
import { beneficiary } from '../shared/data-rights-fixtures';
import { dropSchema, pullAll, startTestServer, TOKEN, type TestServer } from '../server/sync-support/harness';

/**
 * Duplicate-check copies an earlier server sent a field worker's desk (renderer/src/db/held-copy-purge.ts):
 * a desk that pulled such copies from the real sync server purges them, once it is in step with that server
 * after the upgrade and as more arrive, without pushing anything. Read behind the app's back, no IndexedDB store
 * (the documents, the replication's meta copies, the search index) keeps anything of them but their id.
 *
 * The desk opens as in production, without schema validation (import.meta.env.DEV off): that is how the
 * copies were stored, and development's validation refuses the incomplete documents a copy is.
 */
vi.stubEnv('DEV', false);
const fixtures = await import('./registry-fixtures');
const { saveBeneficiary } = await import('../../renderer/src/features/beneficiaries/data/save-beneficiary');
const { startSyncManager } = await import('../../renderer/src/sync/sync-manager');
const { keepsLocal } = await import('../../renderer/src/sync/desk-sync');
const { manualOnlineSource } = await import('../../renderer/src/sync/online-source');
const { queryTokenEventSource } = await import('../../renderer/src/sync/browser-transport');
const { startAppHeldCopyPurge } = await import('../../renderer/src/db/held-copy-purge');
const { writeDeskSettings } = await import('../../renderer/src/db/desk-settings');
const { NOT_CONFIGURED } = await import('../../renderer/src/sync/sync-status');

type Manager = ReturnType<typeof startSyncManager>;
let server: TestServer;
let desk: Awaited<ReturnType<typeof fixtures.openDesk>>;
let manager: Manager;
const pushed: PushRow[] = [];

beforeAll(async () => {
  server = await startTestServer({ collections: COLLECTIONS });
  desk = await fixtures.openDesk();
  manager = startSyncManager({
    db: desk.db, deskId: fixtures.DESK.deskId, serverUrl: server.url, token: TOKEN, online: manualOnlineSource(true), backoffBaseMs: 100,
    // The app's rule (desk-sync.ts) on a desk that joined no server's key list.
    keepLocal: (collection, doc) => keepsLocal({ joined: false }, collection, doc),
    transport: {
      fetch: async (input, init) => {
        if (input.endsWith('/push') && typeof init?.body === 'string') pushed.push(...(JSON.parse(init.body) as PushRow[]));
        return fetch(input, init);
      },
      openEventSource: queryTokenEventSource(EventSource),
    },
  });
}, 120_000);
afterAll(async () => {
  await manager?.stop();
  await desk?.close();
  if (server) {
    await server.close();
    await dropSchema(server.schema);
  }
});

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > 15_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Another desk's complete file (the shared synthetic one, made distinct by `n`). */
function fileElsewhere(n: number): BeneficiaryDoc {
  const name = { first: 'هند', father: 'صالح', grandfather: 'ناصر', family: `القحطاني${n}` };
  const mobile = `+96656887000${n}`;
  return {
    ...beneficiary(`held-copy-${n}`), fileNumber: `RYD9-2026-00070${n}`, name, fullName: `${name.first} ${name.father} ${name.grandfather} ${name.family}`,
    nationalId: completeNationalId(`18870000${n}`), birthDate: `1981-04-1${n}`, mobiles: [mobile], preferredChannel: { channel: 'phone', subChannel: 'voice-call', address: mobile },
    deskId: 'desk-elsewhere',
  };
}

/** What an earlier server sent a field worker's desk of that file: the duplicate-check fields, stored so here as there. */
async function copyOnServer(n: number): Promise<BeneficiaryDoc> {
  const full = fileElsewhere(n);
  const copy = { ...projectDuplicateCheck(full as unknown as SyncDocument), _deleted: false };
  await pushDocuments(server.db, [{ newDocumentState: copy }], { collection: 'beneficiaries', primaryKey: 'id', duplicateRules: [], channel: notifyChannel(server.schema) });
  return full;
}

const stored = async (id: string) => (await desk.db.beneficiaries.storageInstance.findDocumentsById([id], true))[0] as Record<string, unknown> | undefined;
const dataKeys = (doc: Record<string, unknown> | undefined) => Object.keys(doc ?? {}).filter((key) => !key.startsWith('_')).sort();

describe("a field worker's desk purges the duplicate-check copies an earlier server sent it", () => {
  it('once in step with its server and as more arrive: gone from the desk, its search and every store, never pushed, its own files untouched', async () => {
    const saved = await saveBeneficiary(desk.deps, fixtures.formInput({ nationalId: fixtures.ID_B, mobiles: ['0561230001'] }), { acknowledged: [] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const own = saved.value;
    const early = [await copyOnServer(1), await copyOnServer(2)];
    await manager.awaitInSync();
    // Pulled as an earlier server sent them: cut-down documents on the desk, and in the replication's meta store.
    for (const file of early) expect(dataKeys(await stored(file.id))).toEqual(['birthDate', 'deskId', 'fileNumber', 'fullName', 'id', 'mobiles', 'name', 'nationalId', 'updatedAt', 'updatedBy']);
    expect((await rawDumpOf(desk.name)).split(early[0]!.fullName).length - 1).toBeGreaterThanOrEqual(2);
    expect(await desk.index.findByNationalId(early[0]!.nationalId)).toHaveLength(1);

    // The app's purge on a desk with a server: its one full pass waits until the desk is in step with it.
    await writeDeskSettings(desk.db, { deskId: fixtures.DESK.deskId, associationName: 'جمعية كادي', deskName: 'مكتب ميداني', deskCode: 'FLD1', idleLockMinutes: 10, locale: 'ar', setupCompletedAt: '2026-03-10T07:00:00.000Z', serverUrl: server.url });
    const status$ = new BehaviorSubject<SyncStatus>({ ...NOT_CONFIGURED, serverUrl: server.url, phase: 'syncing' });
    const purge = startAppHeldCopyPurge(desk.db, status$);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dataKeys(await stored(early[0]!.id))).toContain('fullName');
    status$.next({ ...status$.value, phase: 'synced' });
    await purge.idle();
    for (const file of early) expect(await stored(file.id)).toMatchObject({ _deleted: true });
    const late = await copyOnServer(3);
    await until(async () => (await stored(late.id))?._deleted === true, 'the copy pulled later purged');
    await manager.awaitInSync();
    await purge.idle();
    await desk.index.settled();
    purge.stop();
    status$.complete();

    for (const file of [...early, late]) {
      expect(await desk.db.beneficiaries.findOne(file.id).exec()).toBeNull();
      expect(await stored(file.id)).toMatchObject({ id: file.id, _deleted: true });
      expect(dataKeys(await stored(file.id))).toEqual(['id']);
      expect(await desk.index.findByNationalId(file.nationalId)).toEqual([]);
      expect(await desk.index.search(file.fileNumber)).toEqual([]);
    }
    const dump = await rawDumpOf(desk.name);
    for (const file of [...early, late]) for (const value of [file.fullName, file.name.family, file.fileNumber, file.birthDate]) expect(dump).not.toContain(value);
    // Nothing of them left the desk: the server still holds each as it was, and no push named one.
    const copies = new Set([...early, late].map((file) => file.id));
    expect(pushed.filter((row) => copies.has(String(row.newDocumentState.id)))).toEqual([]);
    const onServer = (await pullAll(server, 'beneficiaries')).filter((doc) => copies.has(String(doc.id)));
    expect(onServer.map((doc) => [doc.id, doc._deleted === true, doc.fullName])).toEqual([...early, late].map((file) => [file.id, false, file.fullName]));
    // The desk's own complete file is as it was, on the desk and in its search.
    expect((await desk.db.beneficiaries.findOne(own.id).exec())?.toJSON()).toMatchObject({ id: own.id, nationalId: own.nationalId, fullName: own.fullName });
    expect((await desk.index.findByNationalId(own.nationalId)).map((hit) => hit.id)).toEqual([own.id]);
    expect(await desk.db.getLocal('held-copies-purged')).not.toBeNull();

    // A visit planned later to one of those files: the server sends it whole, and it lands over the tombstone.
    const visited = { ...early[0]!, updatedAt: '2026-03-11T07:00:00.000Z', _deleted: false };
    const before = (await pullAll(server, 'beneficiaries')).find((doc) => doc.id === visited.id);
    const planned = await pushDocuments(server.db, [{ assumedMasterState: before, newDocumentState: visited as unknown as SyncDocument }], { collection: 'beneficiaries', primaryKey: 'id', duplicateRules: [], channel: notifyChannel(server.schema) });
    expect(planned.conflicts).toEqual([]);
    await until(async () => (await desk.db.beneficiaries.findOne(visited.id).exec())?.city === visited.city, "the visit's whole file on the desk");
    expect((await desk.db.beneficiaries.findOne(visited.id).exec())?.toJSON()).toMatchObject({ fullName: visited.fullName, nationalId: visited.nationalId, city: visited.city });
  }, 60_000);
});
