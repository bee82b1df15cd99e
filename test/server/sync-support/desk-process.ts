/**
 * One desk in its own process (own JS realm, so the RxDB free tier's 13-collection limit counts
 * per desk, as on real machines). Driven over the IPC channel by desk-rpc.ts:
 * request { id, command, args } → reply { id, result } | { id, error }.
 */
import { openDesk, type Desk } from './desk';
import { TEST_COLLECTIONS } from './test-collections';

type Request = { id: number; command: string; args: Record<string, unknown> };

const { DESK_NAME = 'desk', SERVER_URL = '', SYNC_TOKEN = '' } = process.env;
const collections = { beneficiaries: TEST_COLLECTIONS.beneficiaries, audit: TEST_COLLECTIONS.audit };
let desk: Desk | null = null;

async function handle(request: Request): Promise<unknown> {
  const { command, args } = request;
  if (command === 'open') {
    desk = await openDesk({ name: DESK_NAME, serverUrl: SERVER_URL, token: SYNC_TOKEN, collections });
    return true;
  }
  if (!desk) throw new Error('desk not open');
  const beneficiaries = desk.collection('beneficiaries');
  switch (command) {
    case 'insert':
      await beneficiaries.insert(args.doc as Record<string, unknown>);
      return true;
    case 'patch':
      await (await beneficiaries.findOne(String(args.id)).exec())?.incrementalPatch(args.fields as Record<string, unknown>);
      return true;
    case 'all':
      return (await beneficiaries.find({ sort: [{ id: 'asc' }] }).exec()).map((doc) => doc.toJSON());
    case 'pause':
      await Promise.all(desk.replications.map((replication) => replication.pause()));
      return true;
    case 'resume':
      await Promise.all(desk.replications.map((replication) => replication.start()));
      return true;
    case 'sync':
      await desk.awaitInSync();
      return true;
    case 'conflicts':
      return desk.conflicts;
    case 'close':
      await desk.close();
      desk = null;
      return true;
    default:
      throw new Error(`unknown command ${command}`);
  }
}

process.on('message', (message: Request) => {
  handle(message).then(
    (result) => process.send?.({ id: message.id, result }),
    (error: unknown) => process.send?.({ id: message.id, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
process.send?.({ ready: true });
