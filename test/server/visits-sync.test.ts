/**
 * The visits' sync rules on the real server with real sign-in (policy 3.8c): a field worker pulls only the
 * visits assigned to it and, besides its own desk's files, the file its open visit goes to (in full); a
 * manager pulls every visit; a field worker may record its visit but not plan one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import type { SyncDocument } from '@shared/sync/protocol';
import { checkVisitPlan, newVisit } from '@shared/visits';
import { beneficiaryDoc, pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';
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
    // The other file reaches the field worker only as the duplicate check's fields (policy 3.6b).
    expect(files.find((doc) => doc.id === elsewhere.id)).not.toHaveProperty('city');
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
});
