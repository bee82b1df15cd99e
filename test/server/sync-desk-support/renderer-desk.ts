/** The commands a renderer desk process answers (renderer-desk-process.ts). */
import { resolveConflict } from '@renderer/sync/conflict-records';
import { manualOnlineSource } from '@renderer/sync/online-source';
import type { SyncManager } from '@renderer/sync/sync-manager';
import { ACTOR, openDesk, type Desk } from '../../renderer/registry-fixtures';
import { commonDeskCommand, startDeskManager, UNHANDLED } from '../sync-support/desk-commands';

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
    manager = startDeskManager(desk, online, { serverUrl: SERVER_URL, token: SYNC_TOKEN });
    return true;
  }
  const { desk: d, manager: m } = opened();
  const common = await commonDeskCommand(command, args, d, m, online);
  if (common !== UNHANDLED) return common;
  switch (command) {
    case 'patch':
      await (await d.db.beneficiaries.findOne(String(args.id)).exec())?.incrementalPatch(args.fields as Record<string, never>);
      return true;
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
