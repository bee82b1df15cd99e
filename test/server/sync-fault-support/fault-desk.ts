/**
 * The commands a fault-matrix desk process answers (desk-process.ts): the renderer's real
 * database (encrypted Dexie storage on fake-indexeddb), search index, registry save and sync
 * manager, plus what the matrix needs on top: bulk offline changes, a dump of every synced
 * collection, and the process clock (shifted in desk-process.ts).
 */
import type { RxCollection } from 'rxdb/plugins/core';
import { saveBeneficiary } from '@renderer/features/beneficiaries/data/save-beneficiary';
import { manualOnlineSource } from '@renderer/sync/online-source';
import type { SyncManager } from '@renderer/sync/sync-manager';
import { COLLECTIONS } from '@shared/db/collections';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { completeNationalId } from '@shared/registry/national-id';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { isUnchangedSeed } from '@renderer/db/catalog-seed';
import { createWaslDatabase } from '@renderer/db/database';
import { createSearchIndex } from '@renderer/db/search-index';
import { ACTOR, BLIND_KEY, DESK, formInput, PASSWORD, type Desk } from '../../renderer/registry-fixtures';
import { commonDeskCommand, startDeskManager, UNHANDLED } from '../sync-support/desk-commands';

type Doc = Record<string, unknown>;
type Clock = { setOffset(ms: number): void };

const { DESK_NAME = 'desk', SERVER_URL = '', SYNC_TOKEN = '' } = process.env;
const online = manualOnlineSource(true);
let desk: Desk | null = null;
let manager: SyncManager | null = null;

function opened(): { desk: Desk; manager: SyncManager } {
  if (!desk || !manager) throw new Error('desk not open');
  return { desk, manager };
}

const plain = (doc: Doc) => Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));

/**
 * The renderer's real database (encrypted, schema-checked) and search index, as the registry
 * fixtures open it, but on RxDB's memory storage: under load, RxDB's Dexie storage on
 * fake-indexeddb left a read transaction open for good once replication wrote beside the search
 * index's catch-up (the database never went idle, so awaitInSync never resolved). Durable
 * storage is proven in Chromium (sync-fault-desk-kill.test.ts); this matrix is about sync.
 */
async function openMemoryDesk(name: string): Promise<Desk> {
  const db = await createWaslDatabase({ name, storage: getRxStorageMemory(), password: PASSWORD });
  const index = createSearchIndex(db, BLIND_KEY, { indexedDB, IDBKeyRange });
  await index.start();
  return {
    db,
    index,
    name,
    deps: { db, index, actor: ACTOR, desk: DESK, now: () => new Date() },
    async close() {
      await index.close();
      await db.close();
    },
  };
}

/** Every synced collection as the server should hold it: no RxDB fields, no unchanged seed, sorted by id. */
async function dump(d: Desk): Promise<Record<string, Doc[]>> {
  const out: Record<string, Doc[]> = {};
  for (const name of Object.keys(COLLECTIONS)) {
    const collection = (d.db.collections as unknown as Record<string, RxCollection<Doc>>)[name];
    if (!collection) continue;
    // Unchanged catalog seed entries are on every desk by design and never pushed (catalog-seed.ts).
    const docs = (await collection.find().exec()).map((doc) => plain(doc.toJSON() as Doc)).filter((doc) => !isUnchangedSeed(doc));
    out[name] = docs.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}

/**
 * `count` new files made from one file the registry saved (so they are valid as the desk writes
 * them), inserted in bulk while the desk is offline: a busy day's backlog without paying the
 * registry form's duplicate checks per file. Each id is acknowledged once bulkInsert resolves.
 */
async function bulkFiles(d: Desk, count: number, tag: number): Promise<string[]> {
  const template = await saveBeneficiary(
    d.deps,
    formInput({ nationalId: completeNationalId(`18${String(tag).padStart(7, '0')}`), birthDate: `19${50 + tag}-01-15`, mobiles: [], noMobileReason: 'لا يوجد جوال', preferredChannel: { channel: 'in-person', subChannel: 'interview', address: '' } }),
    { acknowledged: [] },
  );
  if (!template.ok) throw new Error(JSON.stringify(template.error));
  const at = d.deps.now().toISOString();
  const docs: BeneficiaryDoc[] = Array.from({ length: count }, (_, i) => ({
    ...template.value,
    id: crypto.randomUUID(),
    fileNumber: `${d.deps.desk.deskCode}-B${tag}-${String(i).padStart(5, '0')}`,
    nationalId: completeNationalId(`1${tag % 10}${String(i).padStart(7, '0')}`),
    fullName: `${template.value.fullName} ${i}`,
    createdAt: at,
    updatedAt: at,
  }));
  const result = await d.db.beneficiaries.bulkInsert(docs);
  if (result.error.length > 0) throw new Error(`bulkInsert: ${result.error.length} errors`);
  return [template.value.id, ...docs.map((doc) => doc.id)];
}

export async function handle(command: string, args: Record<string, unknown>, clock: Clock): Promise<unknown> {
  if (command === 'open') {
    desk = await openMemoryDesk(DESK_NAME);
    desk.deps.desk = { deskId: `desk-${DESK_NAME}`, deskCode: String(args.deskCode ?? 'FD1') };
    // The desk's own clock (shifted or not), as the app uses it.
    desk.deps.now = () => new Date();
    manager = startDeskManager(desk, online, { serverUrl: SERVER_URL, token: SYNC_TOKEN });
    return true;
  }
  if (command === 'clock') {
    clock.setOffset(Number(args.offsetMs));
    return new Date().toISOString();
  }
  const { desk: d, manager: m } = opened();
  const common = await commonDeskCommand(command, args, d, m, online);
  if (common !== UNHANDLED) return common;
  switch (command) {
    case 'bulk-files':
      return bulkFiles(d, Number(args.count), Number(args.tag));
    case 'bulk-patch': {
      // One write per file (not one bulk write): each is its own change for the replication.
      for (const id of args.ids as string[]) {
        await (await d.db.beneficiaries.findOne(id).exec())?.incrementalPatch(args.fields as Partial<BeneficiaryDoc>);
      }
      return true;
    }
    case 'patch':
      await (await d.db.beneficiaries.findOne(String(args.id)).exec())?.incrementalPatch(args.fields as Partial<BeneficiaryDoc>);
      return (await d.db.beneficiaries.findOne(String(args.id)).exec())?.toJSON() ?? null;
    case 'dump':
      return dump(d);
    case 'close':
      await m.stop();
      await d.close();
      desk = null;
      manager = null;
      return true;
    default:
      throw new Error(`unknown command ${command}`);
  }
}
