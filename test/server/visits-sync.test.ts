/**
 * The visits' sync rules on the real server with real sign-in (policy 3.8c): a field worker pulls only the
 * visits assigned to it and, besides its own desk's files, the file its open visit goes to (in full); a
 * manager pulls every visit; a field worker may record its visit but not plan one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import { openMultiplexedStream } from '@shared/sync/http-client';
import type { PullResponse, StreamEvent, SyncDocument } from '@shared/sync/protocol';
import { checkVisitPlan, newVisit } from '@shared/visits';
import { beneficiaryDoc, pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, waitFor, type AuthServer, type Staff } from './accounts-support';
import { nodeEventSource } from './sync-support/desk';
import { homeVisitType, planInput } from '../shared/visits-fixtures';

let auth: AuthServer;
let reception: Staff;
let manager: Staff;
let worker: Staff;
let otherWorker: Staff;

/** The registry's files cut to what this test reads (the full schema is the registry tests' business). */
const FILES = {
  schema: {
    title: 'beneficiaries', version: 0, primaryKey: 'id', type: 'object', required: ['id'],
    properties: { id: { type: 'string', maxLength: 36 }, fullName: { type: 'string' }, nationalId: { type: 'string' }, city: { type: 'string' }, updatedAt: { type: 'string' }, updatedBy: { type: 'string' }, deskId: { type: 'string' } },
  },
  migrationStrategies: {},
} as const;

beforeAll(async () => {
  auth = await startAuthServer({ collections: { ...COLLECTIONS, beneficiaries: FILES } });
  reception = await staffOn(auth, await registerTestDesk(auth, 'VRCP'), ['receptionist']);
  manager = await staffOn(auth, await registerTestDesk(auth, 'VMGR'), ['manager']);
  worker = await staffOn(auth, await registerTestDesk(auth, 'VFLD'), ['field-worker']);
  otherWorker = await staffOn(auth, await registerTestDesk(auth, 'VFL2'), ['field-worker']);
}, 120_000);
afterAll(async () => auth?.close());

function plannedFor(fieldWorker: Staff, beneficiaryId: string, id: string): SyncDocument {
  const target = beneficiaryId === '' ? { target: 'site', siteName: 'مركز الحي' } : {};
  const plan = checkVisitPlan(planInput({ beneficiaryId, fieldWorkerId: fieldWorker.id, plannedDate: '2099-01-01', ...target }), '2026-03-01', homeVisitType());
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
  const visit = newVisit(plan.value, homeVisitType(), { id, visitNumber: `VMGR-V2026-${id.slice(0, 6)}`, at: '2026-03-01T08:00:00Z', by: manager.id, deskId: manager.desk.deskId });
  return { ...visit, _deleted: false };
}

type Pulled = { documents: SyncDocument[]; checkpoint: { seq: number } };

/** A desk's pull from its checkpoint, as the replication does it (pullAs always starts from 0). */
async function pullFrom(staff: Staff, collection: string, checkpoint: number): Promise<Pulled> {
  const response = await auth.call(`/sync/${collection}/pull?checkpoint=${checkpoint}&limit=1000`, { token: staff.token });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Pulled;
}

describe('visits on the server', () => {
  it('a field worker gets its own visits and the file its visit goes to; a manager gets all', async () => {
    const visited = beneficiaryDoc(reception.desk.deskId, reception.id);
    const elsewhere = beneficiaryDoc(reception.desk.deskId, reception.id);
    const pushed = await pushAs(auth, reception.token, 'beneficiaries', [{ newDocumentState: visited }, { newDocumentState: elsewhere }]);
    expect(pushed.status, await pushed.clone().text()).toBe(200);
    const mine = plannedFor(worker, String(visited.id), '11111111-1111-4111-8111-111111111111');
    const theirs = plannedFor(otherWorker, String(elsewhere.id), '22222222-2222-4222-8222-222222222222');
    const planned = await pushAs(auth, manager.token, 'visits', [{ newDocumentState: mine }, { newDocumentState: theirs }]);
    expect(planned.status, await planned.clone().text()).toBe(200);

    expect((await pullAs(auth, worker.token, 'visits')).map((doc) => doc.id)).toEqual([mine.id]);
    expect((await pullAs(auth, manager.token, 'visits')).map((doc) => doc.id).sort()).toEqual([mine.id, theirs.id].sort());
    const files = await pullAs(auth, worker.token, 'beneficiaries');
    expect(files.find((doc) => doc.id === visited.id)).toEqual(expect.objectContaining({ city: 'الرياض' }));
    // The other file does not reach the field worker at all (data minimisation, policy 3.6b).
    expect(files.find((doc) => doc.id === elsewhere.id)).toBeUndefined();
  });

  it('a field worker records its visit but may not plan one', async () => {
    const planned = plannedFor(worker, '', '33333333-3333-4333-8333-333333333333');
    const own = { ...planned, updatedBy: worker.id, deskId: worker.desk.deskId };
    expect((await pushAs(auth, worker.token, 'visits', [{ newDocumentState: own }])).status).toBe(403);
    expect((await pushAs(auth, manager.token, 'visits', [{ newDocumentState: planned }])).status).toBe(200);
    const recorded = { ...planned, findings: 'الموقع نظيف', updatedBy: worker.id, deskId: worker.desk.deskId };
    const assumed = planned;
    expect((await pushAs(auth, worker.token, 'visits', [{ newDocumentState: recorded, assumedMasterState: assumed }])).status).toBe(200);
  });

  it('a file stored before its visit was planned reaches the field worker\'s next pull in full; its other holders see it unchanged', async () => {
    const file = beneficiaryDoc(reception.desk.deskId, reception.id);
    expect((await pushAs(auth, reception.token, 'beneficiaries', [{ newDocumentState: file }])).status).toBe(200);
    // Both desks pull past the file before anyone plans a visit (the usual case in the field).
    const workerBefore = await pullFrom(worker, 'beneficiaries', 0);
    expect(workerBefore.documents.find((doc) => doc.id === file.id)).toBeUndefined();
    const receptionBefore = await pullFrom(reception, 'beneficiaries', 0);
    const held = receptionBefore.documents.find((doc) => doc.id === file.id);
    expect(held).toEqual(file);

    const visit = plannedFor(worker, String(file.id), '44444444-4444-4444-8444-444444444444');
    expect((await pushAs(auth, manager.token, 'visits', [{ newDocumentState: visit }])).status).toBe(200);

    const workerAfter = await pullFrom(worker, 'beneficiaries', workerBefore.checkpoint.seq);
    expect(workerAfter.documents.filter((doc) => doc.id === file.id)).toEqual([file]);
    // The receptionist's desk gets the same state again (RxDB writes nothing for it) and its edit,
    // made against the copy it held, goes through without a conflict.
    const receptionAfter = await pullFrom(reception, 'beneficiaries', receptionBefore.checkpoint.seq);
    expect(receptionAfter.documents.filter((doc) => doc.id === file.id)).toEqual([file]);
    const edited = { ...file, city: 'جدة', updatedAt: '2026-03-02T08:00:00.000Z' };
    const edit = await pushAs(auth, reception.token, 'beneficiaries', [{ newDocumentState: edited, assumedMasterState: held }]);
    expect(edit.status, await edit.clone().text()).toBe(200);
    expect(await edit.json()).toEqual([]);

    // Recording the visit keeps its pair: nothing is sent again. Handing it to another field worker sends the file (as it is now) to that one.
    const workerSeen = await pullFrom(worker, 'beneficiaries', workerAfter.checkpoint.seq);
    const recorded = { ...visit, findings: 'تمت المقابلة', updatedBy: worker.id, deskId: worker.desk.deskId };
    expect((await pushAs(auth, worker.token, 'visits', [{ newDocumentState: recorded, assumedMasterState: visit }])).status).toBe(200);
    expect((await pullFrom(worker, 'beneficiaries', workerSeen.checkpoint.seq)).documents).toEqual([]);
    const otherBefore = await pullFrom(otherWorker, 'beneficiaries', 0);
    expect(otherBefore.documents.find((doc) => doc.id === file.id)).toBeUndefined();
    const handedOver = { ...recorded, fieldWorkerId: otherWorker.id, updatedBy: manager.id, deskId: manager.desk.deskId };
    const handover = await pushAs(auth, manager.token, 'visits', [{ newDocumentState: handedOver, assumedMasterState: recorded }]);
    expect(handover.status, await handover.clone().text()).toBe(200);
    const otherAfter = await pullFrom(otherWorker, 'beneficiaries', otherBefore.checkpoint.seq);
    expect(otherAfter.documents.filter((doc) => doc.id === file.id)).toEqual([edited]);
  });

  it('a field worker\'s stream, open since before the plan, carries that file in full', async () => {
    const file = beneficiaryDoc(reception.desk.deskId, reception.id);
    expect((await pushAs(auth, reception.token, 'beneficiaries', [{ newDocumentState: file }])).status).toBe(200);
    const live: SyncDocument[] = [];
    let resyncs = 0;
    const close = openMultiplexedStream({ baseUrl: auth.server.url, token: worker.token, collections: ['visits', 'beneficiaries'] }, nodeEventSource, (collection, event: StreamEvent) => {
      if (event === 'RESYNC') resyncs += 1;
      else if (collection === 'beneficiaries') live.push(...(event as PullResponse).documents);
    });
    try {
      await waitFor(() => resyncs === 2, 'the stream\'s RESYNC');
      const visit = plannedFor(worker, String(file.id), '55555555-5555-4555-8555-555555555555');
      expect((await pushAs(auth, manager.token, 'visits', [{ newDocumentState: visit }])).status).toBe(200);
      await waitFor(() => live.some((doc) => doc.id === file.id), 'the file on the stream');
      expect(live.filter((doc) => doc.id === file.id)).toEqual([file]);
    } finally {
      close();
    }
  });
  it('a page the rules cut short is filled from the next ones: a field worker\'s visits past others\' first page arrive in one pull', async () => {
    const { checkpoint: start } = await pullFrom(manager, 'visits', 0);
    const theirs = Array.from({ length: 25 }, (_, i) => plannedFor(otherWorker, '', `fill-theirs-${String(i).padStart(2, '0')}`));
    const mine = Array.from({ length: 4 }, (_, i) => plannedFor(worker, '', `fill-mine-${i}`));
    expect((await pushAs(auth, manager.token, 'visits', [...theirs, ...mine].map((doc) => ({ newDocumentState: doc })))).status).toBe(200);
    // limit 10: the first raw page holds none of the worker's; a short answer would read to RxDB as "caught up".
    const response = await auth.call(`/sync/visits/pull?checkpoint=${start.seq}&limit=10`, { token: worker.token });
    const page = (await response.json()) as Pulled;
    expect(page.documents.map((doc) => doc.id)).toEqual(mine.map((doc) => doc.id));
    expect(page.checkpoint.seq).toBe((await pullFrom(manager, 'visits', start.seq)).checkpoint.seq);
  });
});
