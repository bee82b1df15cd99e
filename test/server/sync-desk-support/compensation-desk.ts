/**
 * A committee member's desk for the compensation sync test: the renderer's real database and sync
 * manager (cases only), and the compensation feature's own write for a decision on the minute.
 */
import { EventSource } from 'eventsource';
import { decideOnMinute } from '@renderer/features/compensation/data/decide';
import type { CompensationDeps } from '@renderer/features/compensation/data/deps';
import { queryTokenEventSource } from '@renderer/sync/browser-transport';
import { manualOnlineSource } from '@renderer/sync/online-source';
import { startSyncManager, type SyncManager } from '@renderer/sync/sync-manager';
import type { Role } from '@shared/staff/roles';
import { openDesk, type Desk } from '../../renderer/registry-fixtures';
import { commonDeskCommand, UNHANDLED } from '../sync-support/desk-commands';

const { DESK_NAME = 'desk', SERVER_URL = '', SYNC_TOKEN = '' } = process.env;
const online = manualOnlineSource(true);
let desk: Desk | null = null;
let manager: SyncManager | null = null;
let deps: CompensationDeps | null = null;

export async function handle(command: string, args: Record<string, unknown>): Promise<unknown> {
  if (command === 'open') {
    desk = await openDesk(DESK_NAME);
    const place = { deskId: String(args.deskId), deskCode: String(args.deskCode) };
    desk.deps.desk = place;
    deps = { db: desk.db, actor: { id: String(args.actorId), roles: args.roles as Role[] }, desk: place, now: () => new Date() };
    manager = startSyncManager({
      db: desk.db, deskId: place.deskId, serverUrl: SERVER_URL, token: SYNC_TOKEN, online, backoffBaseMs: 100, collections: ['cases'],
      transport: { fetch: (input, init) => fetch(input, init), openEventSource: queryTokenEventSource(EventSource) },
    });
    return true;
  }
  if (!desk || !manager || !deps) throw new Error('desk not open');
  const common = await commonDeskCommand(command, args, desk, manager, online);
  if (common !== UNHANDLED) return common;
  switch (command) {
    case 'case':
      return (await desk.db.cases.findOne(String(args.id)).exec())?.toMutableJSON() ?? null;
    case 'decide':
      return decideOnMinute(deps, String(args.id), args.input as Parameters<typeof decideOnMinute>[2]);
    case 'close':
      await manager.stop();
      await desk.close();
      desk = null;
      return true;
    default:
      throw new Error(`unknown command ${command}`);
  }
}
