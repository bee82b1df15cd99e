import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalOf, decideMinute, putMinute, type MinuteContent } from '@shared/compensation/minute-approval';
import { effectiveStatus, step } from '@shared/compensation/compensation-status';
import { openCompensation } from '@shared/compensation/open-compensation';
import { COLLECTIONS } from '@shared/db/collections';
import type { CaseDoc, CompensationPart } from '@shared/db/schemas/case.schema';
import type { SyncDocument } from '@shared/sync/protocol';
import type { OpenConflict } from '@renderer/sync/conflict-records';
import { complaint } from '../shared/compensation-fixtures';
import { startRemoteDesk, type RemoteDesk } from './sync-support/desk-rpc';
import { pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, waitFor, type AuthServer, type Staff } from './accounts-support';

/**
 * Policy 3.4(a) on the real server (PostgreSQL when DATABASE_URL is set) with real sign-in: two committee
 * members, each on their own desk process running the renderer's database, sync manager and the
 * compensation feature's write, approve the same minute while offline at the same time. Each decision is
 * its own key of the per-member map, so after sync the minute is approved on both desks and on the
 * server, and no conflict record exists anywhere. The pull filter keeps the case to the committee and
 * management, and the push check lets a member decide for themselves only.
 */
const SCRIPT = resolve(import.meta.dirname, 'sync-desk-support/renderer-desk-process.ts');
const HARM = 'تأخر صرف الإعانة تسبب بغرامة على المستفيد';
let auth: AuthServer;
let memberA: Staff;
let memberB: Staff;
let manager: Staff;
let reception: Staff;
let deskA: RemoteDesk;
let deskB: RemoteDesk;

beforeAll(async () => {
  auth = await startAuthServer({ collections: COLLECTIONS });
  memberA = await staffOn(auth, await registerTestDesk(auth, 'CMPA'), ['committee-member']);
  memberB = await staffOn(auth, await registerTestDesk(auth, 'CMPB'), ['committee-member']);
  manager = await staffOn(auth, await registerTestDesk(auth, 'CMPM'), ['manager']);
  reception = await staffOn(auth, await registerTestDesk(auth, 'CMPR'), ['receptionist']);
  const start = async (name: string, member: Staff) => {
    const desk = await startRemoteDesk(name, auth.server.url, member.token, SCRIPT, { DESK_MODULE: 'compensation-desk.ts' });
    await desk.call('open', { deskId: member.desk.deskId, deskCode: member.desk.deskCode, actorId: member.id, roles: ['committee-member'] });
    return desk;
  };
  [deskA, deskB] = await Promise.all([start('cmpa', memberA), start('cmpb', memberB)]);
}, 180_000);
afterAll(async () => {
  await Promise.all([deskA, deskB].map(async (desk) => desk && desk.call('close').catch(() => {}).then(() => desk.stop())));
  await auth?.close();
});

const CONTENT: MinuteContent = { date: '2026-03-01', presentIds: [], harm: 'غرامة تأخير', size: 'ألف ريال', causes: 'خطأ في الصرف', decision: 'تعويض', amount: 100_000 };

/** A compensation case whose minute the manager put to A and B, as the manager's desk pushes it. */
function caseBeforeTheCommittee(): CaseDoc {
  const at = '2026-03-01T08:00:00Z';
  const who = { id: manager.id, roles: ['manager' as const] };
  const opened = openCompensation(complaint({ id: randomUUID() }), { harm: HARM, claimedAmount: 100_000, causes: '', evidence: [] }, {
    id: randomUUID(), caseNumber: `CMPM-C2026-${String(Math.random()).slice(2, 8)}`, now: at, actor: who, deskId: manager.desk.deskId,
  });
  if (!opened.ok) throw new Error(opened.error.code);
  const doc = opened.value.compensation;
  const investigating = step(doc.compensation as CompensationPart, 'under-investigation', who, at);
  if (!investigating.ok) throw new Error(investigating.error.code);
  const committeeIds = [memberA.id, memberB.id];
  const put = putMinute({ ...investigating.value, minuteNumber: 'CMPM-M2026-000001' }, { ...CONTENT, presentIds: committeeIds }, { caseId: doc.id, concernsStaffIds: [], committeeIds }, who, at);
  if (!put.ok) throw new Error(put.error.code);
  return { ...doc, compensation: put.value };
}

async function pushOk(by: Staff, doc: SyncDocument, assumed: SyncDocument | null = null): Promise<void> {
  const response = await pushAs(auth, by.token, 'cases', [{ assumedMasterState: assumed, newDocumentState: doc }]);
  expect(response.status, await response.clone().text()).toBe(200);
  expect(await response.json()).toEqual([]);
}

const onDesk = (desk: RemoteDesk, id: string) => desk.call<CaseDoc | null>('case', { id });
const statusOn = async (desk: RemoteDesk, id: string) => {
  const part = (await onDesk(desk, id))?.compensation;
  return part ? effectiveStatus(part) : null;
};

describe('two committee members approve the same minute offline at the same time', () => {
  it('after sync the minute is approved on both desks and on the server, with no conflict record', async () => {
    const doc = caseBeforeTheCommittee();
    await pushOk(manager, { ...doc, _deleted: false });
    await waitFor(async () => (await onDesk(deskA, doc.id)) !== null && (await onDesk(deskB, doc.id)) !== null, 'the case on both desks');
    await Promise.all([deskA.call('offline'), deskB.call('offline')]);
    const hash = doc.compensation?.minute?.hash;
    const decide = (desk: RemoteDesk) => desk.call<{ ok: boolean }>('decide', { id: doc.id, input: { decision: 'approve', hash, reason: '' } });
    expect(await Promise.all([decide(deskA), decide(deskB)])).toMatchObject([{ ok: true }, { ok: true }]);
    expect([await statusOn(deskA, doc.id), await statusOn(deskB, doc.id)]).toEqual(['minute-drafted', 'minute-drafted']);
    await Promise.all([deskA.call('online'), deskB.call('online')]);
    await waitFor(async () => (await statusOn(deskA, doc.id)) === 'minute-approved' && (await statusOn(deskB, doc.id)) === 'minute-approved', 'approved on both desks');
    await Promise.all([deskA.call('sync'), deskB.call('sync')]);
    const onServer = (await pullAs(auth, manager.token, 'cases')).find((d) => d.id === doc.id) as unknown as CaseDoc;
    const approval = approvalOf(onServer.compensation?.minute as NonNullable<CompensationPart['minute']>, onServer.compensation?.decisions ?? {});
    expect(approval).toMatchObject({ state: 'approved', approvedBy: [memberA.id, memberB.id] });
    for (const desk of [deskA, deskB]) expect((await desk.call<OpenConflict[]>('conflicts')).filter((c) => c.documentId === doc.id)).toEqual([]);
    expect((await pullAs(auth, manager.token, 'conflicts')).filter((c) => c.documentId === doc.id)).toEqual([]);
  });
});

describe('who sees and writes a compensation case', () => {
  it('reaches the committee and management only: a receptionist\'s pull holds nothing of it', async () => {
    const doc = caseBeforeTheCommittee();
    await pushOk(manager, { ...doc, _deleted: false });
    for (const who of [memberA, manager]) expect((await pullAs(auth, who.token, 'cases')).some((d) => d.id === doc.id && d._deleted !== true)).toBe(true);
    const forReception = await pullAs(auth, reception.token, 'cases');
    expect(forReception.some((d) => d.id === doc.id && d._deleted !== true)).toBe(false);
    expect(JSON.stringify(forReception)).not.toContain(HARM);
  });

  it('a member decides only for themselves, and a committee member may not push an ordinary case', async () => {
    const doc = caseBeforeTheCommittee();
    await pushOk(manager, { ...doc, _deleted: false });
    const part = doc.compensation as CompensationPart;
    const forged = decideMinute(part, { decision: 'approve', hash: part.minute?.hash ?? '', reason: '' }, { concernsStaffIds: [] }, { id: memberB.id, roles: ['committee-member'] }, '2026-03-01T09:00:00Z');
    if (!forged.ok) throw new Error(forged.error.code);
    const asA = { ...doc, compensation: forged.value, updatedBy: memberA.id, deskId: memberA.desk.deskId, _deleted: false };
    const refused = await pushAs(auth, memberA.token, 'cases', [{ assumedMasterState: { ...doc, _deleted: false }, newDocumentState: asA }]);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('push.not-own-author');
    const ordinary = { ...complaint({ id: randomUUID(), status: 'received' }), updatedBy: memberA.id, createdBy: memberA.id, deskId: memberA.desk.deskId, _deleted: false };
    const noComplaint = await pushAs(auth, memberA.token, 'cases', [{ assumedMasterState: null, newDocumentState: ordinary }]);
    expect(noComplaint.status).toBe(403);
  });
});
