import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../shared/db/collections';
import type { SyncDocument } from '../../shared/sync/protocol';
import { completeNationalId } from '../../shared/registry/national-id';
import { SEALED } from '../../renderer/src/db/encryption-webcrypto';
import { isUnchangedSeed } from '../../renderer/src/db/catalog-seed';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { queryTokenEventSource } from '../../renderer/src/sync/browser-transport';
import { manualOnlineSource } from '../../renderer/src/sync/online-source';
import { startSyncManager, type SyncManager } from '../../renderer/src/sync/sync-manager';
import { dropSchema, pullAll, push, startTestServer, TOKEN, type TestServer } from '../server/sync-support/harness';
import { DESK, formInput, openDesk, type Desk } from './registry-fixtures';
import { rawRows } from './idb-raw-fixtures';

/**
 * The replication's meta store at rest: RxDB keeps a copy of every pulled document there
 * (`docData`). A desk (Dexie on fake-indexeddb, encrypted) pulls another desk's edit of a file
 * from the real sync server (one desk per realm: RxDB's open-core limit on open collections); read behind the app's back, no store holds its sensitive values in
 * clear, and the meta copy's other fields stay as plain as the document itself.
 */
const open: { desk: Desk; manager: SyncManager }[] = [];
let server: TestServer | undefined;
beforeAll(async () => {
  server = await startTestServer({ collections: COLLECTIONS });
}, 120_000);
afterAll(async () => {
  for (const { desk, manager } of open) {
    await manager.stop();
    await desk.close();
  }
  if (server) {
    await server.close();
    await dropSchema(server.schema);
  }
});


async function syncedDesk(): Promise<{ desk: Desk; manager: SyncManager }> {
  const desk = await openDesk();
  const manager = startSyncManager({
    db: desk.db,
    deskId: DESK.deskId,
    serverUrl: (server as TestServer).url,
    token: TOKEN,
    online: manualOnlineSource(true),
    backoffBaseMs: 100,
    keepLocal: (_collection, doc) => isUnchangedSeed(doc),
    transport: { fetch, openEventSource: queryTokenEventSource(EventSource) },
  });
  open.push({ desk, manager });
  return { desk, manager };
}

describe('the replication meta copy at rest', () => {
  it('a file pulled from the server leaves no national ID, mobile, address or notes in clear in the meta store', async () => {
    const live = server as TestServer;
    const nationalId = completeNationalId('176543219');
    const { desk, manager } = await syncedDesk();
    const saved = await saveBeneficiary(desk.deps, formInput({ nationalId, mobiles: ['0587654321'], address: 'حي السلامة ٤٥', notes: 'ملاحظة أولى' }), { acknowledged: [] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    await manager.awaitInSync();
    // Another desk's edit, straight to the server: this desk pulls it (the meta copy is the pulled state).
    const master = (await pullAll(live, 'beneficiaries')).find((doc) => doc.id === saved.value.id);
    if (!master) throw new Error('the file is not on the server');
    const notes = 'ملاحظة سرية من مكتب آخر';
    const pushed = await push(live, 'beneficiaries', [{ assumedMasterState: master, newDocumentState: { ...master, notes, deskId: 'other-desk' } as SyncDocument }]);
    expect(await pushed.json()).toEqual([]);
    const start = Date.now();
    while ((await desk.db.beneficiaries.findOne(saved.value.id).exec())?.notes !== notes) {
      if (Date.now() - start > 15_000) throw new Error('the edit was not pulled');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await manager.awaitInSync();

    const meta = (await rawRows(desk.name, 'rx-replication-meta')).filter((row) => (row.docData as Record<string, unknown> | undefined)?.id === saved.value.id);
    expect(meta.length).toBeGreaterThan(0);
    for (const row of meta) {
      const docData = row.docData as Record<string, unknown>;
      expect(docData).toMatchObject({ fileNumber: saved.value.fileNumber, city: saved.value.city, deskId: 'other-desk' });
      expect(docData[SEALED]).toMatch(/^g1:/);
      for (const field of ['nationalId', 'mobiles', 'address', 'notes']) expect(docData).not.toHaveProperty(field);
    }
    const dump = JSON.stringify(await rawRows(desk.name));
    for (const secret of [nationalId, '587654321', 'حي السلامة ٤٥', 'ملاحظة أولى', notes]) expect(dump).not.toContain(secret);
  }, 60_000);
});
