/**
 * A desk for the erasure sync test (data-rights-erasure-desks.test.ts): the renderer's real database,
 * search index, file store (fake-indexeddb), sync manager and erasure watch (renderer/src/db/erasure-watch.ts).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { erasePerson, gatherPerson, type ErasureDeps } from '@renderer/db/apply-erasure';
import { createWaslDatabase, jsonCollection } from '@renderer/db/database';
import { writeDeskSettings } from '@renderer/db/desk-settings';
import type { CollectionName } from '@shared/db/collections';
import { watchErasures, type ErasureWatch } from '@renderer/db/erasure-watch';
import { createFileStore, type FileStore } from '@renderer/db/file-store';
import { makeBackup } from '@renderer/features/backup/data/desk-backup';
import { restoreBackup } from '@renderer/features/backup/data/restore-backup';
import { manualOnlineSource } from '@renderer/sync/online-source';
import type { SyncManager } from '@renderer/sync/sync-manager';
import type { ErasureRecord } from '@shared/data-rights/erasure-record';
import { fakeDexieStorage, uniqueName } from '../../renderer/db-fixtures';
import { marchFigures } from '../data-rights-figures';
import { openDesk, type Desk } from '../../renderer/registry-fixtures';
import { commonDeskCommand, startDeskManager, UNHANDLED } from '../sync-support/desk-commands';

const { DESK_NAME = 'desk', SERVER_URL = '', SYNC_TOKEN = '' } = process.env;
const online = manualOnlineSource(true);
const PASSPHRASE = 'backup passphrase for the erasure sync test';
let state: { desk: Desk; manager: SyncManager; files: FileStore; watch: ErasureWatch; deps: ErasureDeps } | null = null;

const newFiles = () => createFileStore({ secret: 'erasure-desk-files', name: uniqueName('wasl-files-'), indexedDB, IDBKeyRange });

/** The dashboard's figures for the month before the erasure, from this desk's documents. */
async function figures(desk: Desk): Promise<unknown> {
  const all = async (name: CollectionName) => (await jsonCollection(desk.db, name).find().exec()).map((doc) => doc.toMutableJSON() as never);
  return marchFigures({ requests: await all('requests'), cases: await all('cases'), surveys: await all('surveys'), visits: await all('visits') });
}

async function backup(files: FileStore, desk: Desk): Promise<string> {
  const made = await makeBackup(desk.db, files, PASSPHRASE, { now: new Date('2026-04-30T08:00:00Z'), deskCode: 'KD1', kdf: { algorithm: 'scrypt', N: 2 ** 10, r: 8, p: 1 } });
  return Buffer.concat(made.parts).toString('base64');
}

/** The desk closed, its backup restored into a new empty desk with the erasures the server knows. */
async function restoreFresh(bytes: string, erasures: ErasureRecord[], hashes: string[]): Promise<unknown> {
  if (state) { await state.manager.stop(); state.watch.stop(); await state.desk.close(); state = null; }
  const db = await createWaslDatabase({ name: uniqueName('wasl-restored-'), storage: fakeDexieStorage(), password: 'restored-desk-secret-0123456789' });
  const files = newFiles();
  const restored = await restoreBackup(db, files, new Uint8Array(Buffer.from(bytes, 'base64')), PASSPHRASE, { erasures });
  if (!restored.ok) throw new Error(JSON.stringify(restored.error));
  const person = await gatherPerson(db, erasures[0]?.beneficiaryId ?? '');
  const held = await Promise.all(hashes.map(async (hash) => (await files.getFile(hash)) !== null));
  await db.close();
  return { person, held };
}

export async function handle(command: string, args: Record<string, unknown>): Promise<unknown> {
  if (command === 'open') {
    const desk = await openDesk(DESK_NAME);
    desk.deps.desk = { deskId: String(args.deskId), deskCode: String(args.deskCode) };
    // A set-up desk (its backup restores only with its settings).
    await writeDeskSettings(desk.db, { deskId: desk.deps.desk.deskId, associationName: 'جمعية', deskName: 'الاستقبال', deskCode: desk.deps.desk.deskCode, idleLockMinutes: 5, locale: 'ar', setupCompletedAt: '2026-01-01T08:00:00Z' });
    const files = newFiles();
    const deps: ErasureDeps = { db: desk.db, files, deskId: desk.deps.desk.deskId, now: () => new Date() };
    const manager = startDeskManager(desk, online, { serverUrl: SERVER_URL, token: SYNC_TOKEN });
    const watch = watchErasures(desk.db, async () => deps, (error) => console.error('erasure watch', error));
    state = { desk, manager, files, watch, deps };
    return true;
  }
  if (command === 'restoreFresh') return restoreFresh(String(args.bytes), args.erasures as ErasureRecord[], args.hashes as string[]);
  if (!state) throw new Error('desk not open');
  const { desk, manager, files, watch, deps } = state;
  const common = await commonDeskCommand(command, args, desk, manager, online);
  if (common !== UNHANDLED) return common;
  switch (command) {
    case 'insert':
      await jsonCollection(desk.db, args.collection as CollectionName).bulkUpsert(args.docs as never[]);
      return true;
    case 'putFile': {
      const stored = await files.putFile(new TextEncoder().encode(String(args.body)).buffer, 'scan.pdf', 'application/pdf');
      if (!stored.ok) throw new Error(stored.error);
      return stored.value.sha256;
    }
    case 'hasFile':
      return (await files.getFile(String(args.sha256))) !== null;
    case 'patch':
      await (await desk.db.beneficiaries.findOne(String(args.id)).exec())?.incrementalPatch(args.fields as Record<string, never>);
      return true;
    case 'erase':
      return erasePerson(deps, args as never);
    case 'person':
      await watch.idle();
      return gatherPerson(desk.db, String(args.id));
    case 'figures':
      return figures(desk);
    case 'search':
      return desk.index.search(String(args.query));
    case 'backup':
      return backup(files, desk);
    case 'close':
      await manager.stop();
      watch.stop();
      await desk.close();
      state = null;
      return true;
    default:
      throw new Error(`unknown command ${command}`);
  }
}
