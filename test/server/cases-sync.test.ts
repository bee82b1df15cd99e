import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTombstone } from '@shared/accounts/case-sync-rules';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { newCase, type CaseInput } from '@shared/cases/case-input';
import { transition, type CaseMove } from '@shared/cases/case-transition';
import { COLLECTIONS } from '@shared/db/collections';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { createSyncClient } from '@shared/sync/http-client';
import type { PullResponse, StreamEvent, SyncDocument } from '@shared/sync/protocol';
import { nodeEventSource } from './sync-support/desk';
import { pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';

/**
 * The cases' sync rules on the real server with real sign-in (policy 3.5, 3.6b): a case about staff
 * member X never reaches X's sessions; a case leaving a desk's view reaches that desk as a tombstone
 * (nothing but its id) unless someone else signed in on the desk may still see it; pushes follow the
 * status machine's who-column and never let anyone change or read a case that is not theirs.
 */
let auth: AuthServer;
let reception: Staff;
let officerA: Staff;
let officerC: Staff;
let managerX: Staff;
let manager: Staff;

beforeAll(async () => {
  auth = await startAuthServer({ collections: COLLECTIONS });
  const desk = (code: string) => registerTestDesk(auth, code);
  reception = await staffOn(auth, await desk('CRCP'), ['receptionist']);
  officerA = await staffOn(auth, await desk('COFA'), ['liaison-officer']);
  officerC = await staffOn(auth, await desk('COFC'), ['liaison-officer']);
  managerX = await staffOn(auth, await desk('CMGX'), ['manager']);
  manager = await staffOn(auth, await desk('CMGR'), ['manager']);
}, 120_000);
afterAll(async () => auth?.close());

const NOW = '2026-03-01T08:00:00Z';
const SECRET = 'تأخر صرف المساعدة عن موعدها';

/** A case recorded and routed by `by` on their desk, as a desk would push it. */
function recordedCase(by: Staff, fields: Partial<CaseInput>, officer: Staff | null): SyncDocument {
  const input: CaseInput = {
    kind: 'complaint', category: 'service-delay', description: SECRET, beneficiaryId: randomUUID(),
    complainant: { name: '', mobile: '', email: '' }, proposedLink: { nationalId: '', mobile: '' },
    channel: 'phone', subChannel: 'voice-call', replyChannel: 'phone', replySubChannel: 'sms', priority: 'normal',
    domain: 'financial-aid', concernsStaffIds: [], sensitive: false, attachments: [], ...fields,
  };
  const made = newCase(input, { id: randomUUID(), caseNumber: `CRCP-C2026-${String(Math.random()).slice(2, 8)}`, now: NOW, actorId: by.id, deskId: by.desk.deskId, source: 'desk', holidays: [], clocks: DEFAULT_CASE_CLOCKS });
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  const doc = officer ? moved(made.value, by, { to: 'assigned', officerId: officer.id, unitId: 'financial-aid' }) : made.value;
  return { ...doc, _deleted: false };
}

function moved(doc: CaseDoc, by: Staff, move: CaseMove, roles: Parameters<typeof transition>[2]['roles'] = ['admin']): CaseDoc {
  const result = transition(doc, move, { id: by.id, roles }, '2026-03-01T09:00:00Z', { holidays: [], clocks: DEFAULT_CASE_CLOCKS });
  if (!result.ok) throw new Error(result.error.code);
  return { ...result.value.doc, updatedBy: by.id, updatedAt: '2026-03-01T09:00:00Z', deskId: by.desk.deskId };
}

async function pushOk(by: Staff, doc: SyncDocument, assumed: SyncDocument | null = null): Promise<void> {
  const response = await pushAs(auth, by.token, 'cases', [{ assumedMasterState: assumed, newDocumentState: doc }]);
  expect(response.status, await response.clone().text()).toBe(200);
  expect(await response.json()).toEqual([]);
}

const find = async (who: Staff, id: string) => (await pullAs(auth, who.token, 'cases')).filter((doc) => doc.id === id);

describe('a case about staff member X', () => {
  it('reaches the officers in full, and X\'s own desk only as a tombstone that says nothing', async () => {
    const doc = recordedCase(reception, { concernsStaffIds: [managerX.id] }, officerA);
    await pushOk(reception, doc);
    expect(await find(officerA, String(doc.id))).toEqual([doc]);
    expect(await find(reception, String(doc.id))).toEqual([doc]);
    expect(await find(manager, String(doc.id))).toEqual([doc]);
    const forX = await pullAs(auth, managerX.token, 'cases');
    expect(forX.filter((d) => d.id === doc.id)).toEqual([caseTombstone(String(doc.id))]);
    expect(JSON.stringify(forX)).not.toContain(SECRET);
  });

  it('on a desk someone else signed in on may see it, X gets nothing for it and the desk keeps it; once they sign out, the tombstone', async () => {
    const shared = await registerTestDesk(auth, 'CSHR');
    const colleague = await staffOn(auth, shared, ['manager']);
    const x = await staffOn(auth, shared, ['manager']);
    const doc = recordedCase(reception, { concernsStaffIds: [x.id] }, officerA);
    await pushOk(reception, doc);
    expect(await find(x, String(doc.id))).toEqual([]);
    expect(await find(colleague, String(doc.id))).toEqual([doc]);
    expect((await auth.call('/auth/sign-out', { method: 'POST', token: colleague.token })).status).toBe(200);
    expect(await find(x, String(doc.id))).toEqual([caseTombstone(String(doc.id))]);
  });

  it('X can neither change it nor read it through a push conflict', async () => {
    const before = recordedCase(reception, {}, officerA);
    await pushOk(reception, before);
    // Management names X after X's desk already had the case.
    const named = { ...before, concernsStaffIds: [managerX.id], updatedBy: manager.id, updatedAt: '2026-03-01T09:30:00Z', deskId: manager.desk.deskId };
    await pushOk(manager, named, before);
    const mine = { ...before, updatedBy: managerX.id, deskId: managerX.desk.deskId };
    const refused = await pushAs(auth, managerX.token, 'cases', [{ assumedMasterState: named, newDocumentState: { ...mine, concernsStaffIds: [], priority: 'high' } }]);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('push.forbidden');
    // From the state X last saw, the write only conflicts: the answer is the tombstone, not the case.
    const stale = await pushAs(auth, managerX.token, 'cases', [{ assumedMasterState: before, newDocumentState: { ...mine, priority: 'high' } }]);
    expect(stale.status).toBe(200);
    expect(await stale.json()).toEqual([caseTombstone(String(before.id))]);
    expect(await find(managerX, String(before.id))).toEqual([caseTombstone(String(before.id))]);
  });

  it('is never assigned to X', async () => {
    const doc = recordedCase(reception, {}, officerA);
    await pushOk(reception, doc);
    const toX = { ...moved(doc as unknown as CaseDoc, manager, { to: 'assigned', officerId: managerX.id }), concernsStaffIds: [managerX.id], _deleted: false };
    const response = await pushAs(auth, manager.token, 'cases', [{ assumedMasterState: doc, newDocumentState: toX }]);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('push.transition-role');
  });
});

describe('a case leaving a desk\'s view', () => {
  it('a sensitive case reaches its officer and management; reassigned, it leaves the old officer\'s desk', async () => {
    const doc = recordedCase(reception, { sensitive: true }, officerA);
    await pushOk(reception, doc);
    expect(await find(officerA, String(doc.id))).toEqual([doc]);
    expect(await find(officerC, String(doc.id))).toEqual([caseTombstone(String(doc.id))]);
    const reassigned = { ...moved(doc as unknown as CaseDoc, manager, { to: 'assigned', officerId: officerC.id }, ['manager']), _deleted: false };
    await pushOk(manager, reassigned, doc);
    expect(await find(officerC, String(doc.id))).toEqual([reassigned]);
    expect(await find(officerA, String(doc.id))).toEqual([caseTombstone(String(doc.id))]);
    // The stream carries the same: the live batch reaches the old officer as the tombstone.
    const events: StreamEvent[] = [];
    const close = createSyncClient({ baseUrl: auth.server.url, token: officerA.token, collection: 'cases', fetch }).openStream(nodeEventSource, (event) => events.push(event));
    await until(() => events.includes('RESYNC'), 'RESYNC');
    const back = { ...moved(reassigned as unknown as CaseDoc, manager, { to: 'in-progress' }, ['manager']), _deleted: false };
    await pushOk(manager, back, reassigned);
    await until(() => events.some((event) => event !== 'RESYNC' && (event as PullResponse).documents.some((d) => d.id === doc.id)), 'the live batch');
    close();
    const live = events.flatMap((event) => (event === 'RESYNC' ? [] : (event as PullResponse).documents));
    expect(live).toEqual([caseTombstone(String(doc.id))]);
  });
});

describe('pushing cases', () => {
  it('a field worker may not record one and never receives any', async () => {
    const worker = await staffOn(auth, await registerTestDesk(auth, 'CFLD'), ['field-worker']);
    const response = await pushAs(auth, worker.token, 'cases', [{ newDocumentState: recordedCase(worker, {}, null) }]);
    expect(response.status).toBe(403);
    expect(await pullAs(auth, worker.token, 'cases')).toEqual([]);
  });

  it('only the case officer (or management) works it; the history only grows', async () => {
    const doc = recordedCase(reception, {}, officerA);
    await pushOk(reception, doc);
    const byC = { ...moved(doc as unknown as CaseDoc, officerC, { to: 'in-progress' }), _deleted: false };
    const refused = await pushAs(auth, officerC.token, 'cases', [{ assumedMasterState: doc, newDocumentState: byC }]);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('push.transition-role');
    const byA = { ...moved(doc as unknown as CaseDoc, officerA, { to: 'in-progress' }), _deleted: false };
    await pushOk(officerA, byA, doc);
    // Reception keeps seeing it once another desk wrote it last (it answers the complainant at the counter).
    expect(await find(reception, String(doc.id))).toEqual([byA]);
    const rewritten = { ...byA, history: (byA.history as unknown[]).slice(1), updatedAt: '2026-03-01T10:00:00Z' };
    const response = await pushAs(auth, officerA.token, 'cases', [{ assumedMasterState: byA, newDocumentState: rewritten }]);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('push.history-rewritten');
  });
});

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
