/**
 * What every desk process of the sync tests answers alike (sync-desk-support/renderer-desk.ts,
 * sync-fault-support/fault-desk.ts): its sync manager started as the app starts it, and the
 * commands both speak. Each process adds its own (search, resolve, bulk writes, a dump).
 */
import { EventSource } from 'eventsource';
import { saveBeneficiary } from '@renderer/features/beneficiaries/data/save-beneficiary';
import { isUnchangedSeed } from '@renderer/db/catalog-seed';
import { queryTokenEventSource } from '@renderer/sync/browser-transport';
import { decodeConflict } from '@renderer/sync/conflict-records';
import type { manualOnlineSource } from '@renderer/sync/online-source';
import { startSyncManager, type SyncManager } from '@renderer/sync/sync-manager';
import type { BeneficiaryFormInput } from '@shared/registry/beneficiary-input';
import { formInput, type Desk } from '../../renderer/registry-fixtures';

type Online = ReturnType<typeof manualOnlineSource>;
type Target = { serverUrl: string; token: string };

/** Returned by {@link commonDeskCommand} for a command it does not know. */
export const UNHANDLED = Symbol('unhandled');

export function startDeskManager(desk: Desk, online: Online, target: Target): SyncManager {
  return startSyncManager({
    db: desk.db,
    deskId: desk.deps.desk.deskId,
    serverUrl: target.serverUrl,
    token: target.token,
    online,
    backoffBaseMs: 100,
    keepLocal: (_collection, doc) => isUnchangedSeed(doc),
    transport: { fetch: (input, init) => fetch(input, init), openEventSource: queryTokenEventSource(EventSource) },
  });
}

export async function commonDeskCommand(command: string, args: Record<string, unknown>, desk: Desk, manager: SyncManager, online: Online): Promise<unknown> {
  switch (command) {
    case 'register': {
      const saved = await saveBeneficiary(desk.deps, formInput(args.input as Partial<BeneficiaryFormInput>), { acknowledged: (args.acknowledged as string[]) ?? [] });
      if (!saved.ok) throw new Error(JSON.stringify(saved.error));
      return saved.value;
    }
    case 'get':
      return (await desk.db.beneficiaries.findOne(String(args.id)).exec())?.toJSON() ?? null;
    case 'offline':
    case 'online':
      online.set(command === 'online');
      return true;
    case 'sync':
      await manager.awaitInSync();
      return manager.status$.value;
    case 'status':
      return manager.status$.value;
    case 'conflicts':
      return (await desk.db.conflicts.find().exec()).map((doc) => decodeConflict(doc.toJSON()));
    default:
      return UNHANDLED;
  }
}
