import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../shared/db/collections';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { completeNationalId } from '../../shared/registry/national-id';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { queryTokenEventSource } from '../../renderer/src/sync/browser-transport';
import { manualOnlineSource } from '../../renderer/src/sync/online-source';
import { startSyncManager } from '../../renderer/src/sync/sync-manager';
import type { InitialPull, SyncStatus } from '../../renderer/src/sync/sync-status';
import { dropSchema, push, startTestServer, TOKEN, type TestServer } from '../server/sync-support/harness';
import { formInput, openDesk, type Desk } from './registry-fixtures';

/**
 * A fresh desk's first sync through the real manager against the real server: the status carries
 * documents arrived of the server's total while it runs (the sync screen shows it), and the
 * search index answers for the files as they arrive.
 */
let server: TestServer;
const desks: Desk[] = [];
/** Two pages of 1,000 (PULL_BATCH): fake-indexeddb writes slowly, so no more. */
const COUNT = 1200;

beforeAll(async () => {
  server = await startTestServer({ collections: COLLECTIONS });
});
afterAll(async () => {
  await Promise.all(desks.map((d) => d.close()));
  if (server) {
    await server.close();
    await dropSchema(server.schema);
  }
});

function fileOf(template: BeneficiaryDoc, n: number): BeneficiaryDoc {
  return {
    ...template,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    fileNumber: `XY9-2026-${String(n).padStart(6, '0')}`,
    nationalId: completeNationalId(String(240_000_000 + n)),
    mobiles: [],
    fullName: `${template.name.first} ${template.name.father} ${template.name.grandfather} ${template.name.family}`,
  };
}

describe('first sync progress', () => {
  it("publishes documents written of the server's total and the time left as they are written, then clears; search finds what arrived", { timeout: 90_000 }, async () => {
    // One database at a time in this realm (RxDB's open-source collection limit): the template's desk closes first.
    const source = await openDesk();
    const saved = await saveBeneficiary(source.deps, formInput({ birthDate: '1990-01-01' }), { acknowledged: [] });
    await source.close();
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const files = Array.from({ length: COUNT }, (_, i) => fileOf(saved.value, i + 1));
    for (let i = 0; i < COUNT; i += 500) {
      const rows = files.slice(i, i + 500).map((doc) => ({ newDocumentState: { ...doc, _deleted: false } }));
      expect((await push(server, 'beneficiaries', rows)).status).toBe(200);
    }

    const fresh = await openDesk();
    desks.push(fresh);
    const manager = startSyncManager({
      db: fresh.db,
      deskId: 'desk-fresh',
      serverUrl: server.url,
      token: TOKEN,
      online: manualOnlineSource(true),
      collections: ['beneficiaries'],
      transport: { fetch: (input, init) => fetch(input, init), openEventSource: queryTokenEventSource(EventSource) },
    });
    const seen: InitialPull[] = [];
    let last: SyncStatus | null = null;
    const subscription = manager.status$.subscribe((status) => {
      last = status;
      if (status.initialPull) seen.push(status.initialPull);
    });
    await manager.awaitInSync();
    await fresh.index.settled();
    const lastFile = files.at(-1) as BeneficiaryDoc;
    expect((await fresh.index.findByNationalId(lastFile.nationalId)).map((hit) => hit.id)).toEqual([lastFile.id]);
    await expect.poll(() => last?.initialPull ?? null).toBeNull();
    subscription.unsubscribe();
    await manager.stop();

    // From the total the server announced at the first pull (nothing written yet), documents
    // counted as they are written, never past the total, never going back.
    expect(seen[0]).toEqual({ done: 0, total: COUNT, secondsLeft: null });
    expect(seen.every((pull) => pull.total === COUNT && pull.done <= COUNT)).toBe(true);
    const done = seen.map((pull) => pull.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.some((n) => n >= 1000)).toBe(true);
  });
});
