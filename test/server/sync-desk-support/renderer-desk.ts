/** The commands a renderer desk process answers (renderer-desk-process.ts). */
import { EventSource } from 'eventsource';
import { saveBeneficiary } from '@renderer/features/beneficiaries/data/save-beneficiary';
import { queryTokenEventSource } from '@renderer/sync/browser-transport';
import { decodeConflict, resolveConflict } from '@renderer/sync/conflict-records';
import { manualOnlineSource } from '@renderer/sync/online-source';
import { isUnchangedSeed } from '@renderer/db/catalog-seed';
import { startSyncManager, type SyncManager } from '@renderer/sync/sync-manager';
import type { BeneficiaryFormInput } from '@shared/registry/beneficiary-input';
import { ACTOR, formInput, openDesk, type Desk } from '../../renderer/registry-fixtures';

const { DESK_NAME = 'desk', SERVER_URL = '', SYNC_TOKEN = '' } = process.env;
const online = manualOnlineSource(true);
let desk: Desk | null = null;
let manager: SyncManager | null = null;

function opened(): { desk: Desk; manager: SyncManager } {
  if (!desk || !manager) throw new Error('desk not open');
  return { desk, manager };
}

export async function handle(command: string, args: Record<string, unknown>): Promise<unknown> {
  if (command === 'open') {
    desk = await openDesk(DESK_NAME);
    // Each desk its own deskId and code, so their file numbers differ.
    desk.deps.desk = { deskId: `desk-${DESK_NAME}`, deskCode: String(args.deskCode ?? 'KD1') };
    manager = startSyncManager({
      db: desk.db,
      deskId: desk.deps.desk.deskId,
      serverUrl: SERVER_URL,
      token: SYNC_TOKEN,
      online,
      backoffBaseMs: 100,
      keepLocal: (_collection, doc) => isUnchangedSeed(doc),
      transport: { fetch: (input, init) => fetch(input, init), openEventSource: queryTokenEventSource(EventSource) },
    });
    return true;
  }
  const { desk: d, manager: m } = opened();
  switch (command) {
    case 'register': {
      const saved = await saveBeneficiary(d.deps, formInput(args.input as Partial<BeneficiaryFormInput>), { acknowledged: (args.acknowledged as string[]) ?? [] });
      if (!saved.ok) throw new Error(JSON.stringify(saved.error));
      return saved.value;
    }
    case 'patch':
      await (await d.db.beneficiaries.findOne(String(args.id)).exec())?.incrementalPatch(args.fields as Record<string, never>);
      return true;
    case 'get':
      return (await d.db.beneficiaries.findOne(String(args.id)).exec())?.toJSON() ?? null;
    case 'offline':
      online.set(false);
      return true;
    case 'online':
      online.set(true);
      return true;
    case 'sync':
      await m.awaitInSync();
      return m.status$.value;
    case 'status':
      return m.status$.value;
    case 'conflicts':
      return (await d.db.conflicts.find().exec()).map((doc) => decodeConflict(doc.toJSON()));
    case 'resolve':
      return resolveConflict({ db: d.db, actorId: ACTOR.id, deskId: d.deps.desk.deskId, now: () => new Date() }, String(args.id), args.choice as 'mine' | 'theirs');
    case 'search':
      return d.index.search(String(args.query));
    case 'findByNationalId':
      return d.index.findByNationalId(String(args.value));
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
