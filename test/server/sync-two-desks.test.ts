import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PossibleDuplicate } from '@shared/sync/protocol';
import type { FieldConflict } from '@shared/sync/three-way-merge';
import { startRemoteDesk, type RemoteDesk } from './sync-support/desk-rpc';
import { beneficiary, dropSchema, ON_POSTGRES, pullAll, startTestServer, TOKEN, type TestServer } from './sync-support/harness';

/**
 * Two desks, each in its own process with its own RxDB (the free tier's 13-collection limit is
 * per JS realm), replicating through the real RxDB client. On PostgreSQL each desk talks to its
 * own server instance over the one database, so changes also cross servers via LISTEN/NOTIFY.
 */
type Doc = Record<string, unknown>;
let servers: TestServer[] = [];
let deskA: RemoteDesk;
let deskB: RemoteDesk;

beforeAll(async () => {
  const first = await startTestServer();
  servers = ON_POSTGRES ? [first, await startTestServer({ databaseSchema: first.schema })] : [first];
  const serverOf = (index: number) => servers[index % servers.length] as TestServer;
  [deskA, deskB] = await Promise.all([startRemoteDesk('desk-a', serverOf(0).url, TOKEN), startRemoteDesk('desk-b', serverOf(1).url, TOKEN)]);
  await Promise.all([deskA.call('open'), deskB.call('open')]);
});
afterAll(async () => {
  await Promise.all([deskA, deskB].map(async (desk) => desk && desk.call('close').catch(() => {}).then(() => desk.stop())));
  for (const server of servers.reverse()) await server.close();
  if (servers[0]) await dropSchema(servers[0].schema);
});

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const docs = (desk: RemoteDesk) => desk.call<Doc[]>('all');
const fieldsOf = (doc: Doc) => Object.fromEntries(Object.entries(doc).filter(([key]) => key !== '_deleted'));
const byId = async (desk: RemoteDesk, id: string) => (await docs(desk)).find((doc) => doc.id === id);

/** Both desks and the server hold the same beneficiaries. */
async function expectAllEqual(): Promise<void> {
  await Promise.all([deskA.call('sync'), deskB.call('sync')]);
  const [a, b] = await Promise.all([docs(deskA), docs(deskB)]);
  const server = (await pullAll(servers[0] as TestServer, 'beneficiaries')).filter((doc) => !doc._deleted).map(fieldsOf);
  const plain = (list: Doc[]) => list.map((doc) => fieldsOf(Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')))));
  expect(plain(a)).toEqual(plain(b));
  expect([...server].sort((x, y) => String(x.id).localeCompare(String(y.id)))).toEqual(plain(a));
}

describe('two desks in separate processes', () => {
  it('a file saved on one desk appears on the other', async () => {
    await deskA.call('insert', { doc: fieldsOf(beneficiary('two-1', { nationalId: '6000000001', deskId: 'desk-a' })) });
    await until(async () => (await byId(deskB, 'two-1')) !== undefined, 'two-1 on desk B');
    await expectAllEqual();
  });

  it('edits of different fields made offline on both desks are merged everywhere', async () => {
    await until(async () => (await byId(deskA, 'two-1')) !== undefined && (await byId(deskB, 'two-1')) !== undefined, 'two-1 on both');
    await Promise.all([deskA.call('pause'), deskB.call('pause')]);
    await deskA.call('patch', { id: 'two-1', fields: { city: 'جدة' } });
    await deskB.call('patch', { id: 'two-1', fields: { notes: 'يفضل التواصل صباحا' } });
    await Promise.all([deskA.call('resume'), deskB.call('resume')]);
    await until(async () => {
      const [a, b] = await Promise.all([byId(deskA, 'two-1'), byId(deskB, 'two-1')]);
      return a?.city === 'جدة' && a?.notes !== undefined && b?.city === 'جدة' && b?.notes !== undefined;
    }, 'the merged file on both desks');
    await expectAllEqual();
    expect(await byId(deskA, 'two-1')).toMatchObject({ city: 'جدة', notes: 'يفضل التواصل صباحا' });
    expect([...(await deskA.call<FieldConflict[]>('conflicts')), ...(await deskB.call<FieldConflict[]>('conflicts'))]).toEqual([]);
  });

  it('the same national ID registered offline on both desks: both files kept, a possible duplicate raised', async () => {
    await Promise.all([deskA.call('pause'), deskB.call('pause')]);
    await deskA.call('insert', { doc: fieldsOf(beneficiary('two-dup-a', { nationalId: '1122334455', deskId: 'desk-a' })) });
    await deskB.call('insert', { doc: fieldsOf(beneficiary('two-dup-b', { nationalId: '1122334455', deskId: 'desk-b' })) });
    await Promise.all([deskA.call('resume'), deskB.call('resume')]);
    await until(async () => (await byId(deskA, 'two-dup-b')) !== undefined && (await byId(deskB, 'two-dup-a')) !== undefined, 'both files on both desks');
    await expectAllEqual();
    const duplicates = (await (await (servers[0] as TestServer).fetch('/duplicates')).json()).duplicates as PossibleDuplicate[];
    expect(duplicates.map((d) => d.documentIds)).toContainEqual(['two-dup-a', 'two-dup-b']);
  });
});
