import { randomUUID } from 'node:crypto';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { newCase } from '@shared/cases/case-input';
import { transition, type CaseMove } from '@shared/cases/case-transition';
import { COLLECTIONS } from '@shared/db/collections';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { SyncDocument } from '@shared/sync/protocol';
import { queryTokenEventSource } from '@renderer/sync/browser-transport';
import { manualOnlineSource } from '@renderer/sync/online-source';
import { startSyncManager, type SyncManager } from '@renderer/sync/sync-manager';
import { openDesk, type Desk } from '../renderer/registry-fixtures';
import { uniqueName } from '../renderer/db-fixtures';
import { pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, waitFor, type AuthServer, type Staff } from './accounts-support';

/**
 * A case that leaves a desk's view is removed from that desk at its next sync: the renderer's real
 * database (encrypted Dexie on fake-indexeddb, schemas validated) replicating with the renderer's sync
 * manager as officer A, against the real server with real sign-in. Management reassigns A's sensitive
 * case, then names A in another: both disappear from A's desk, and the server keeps them whole.
 */
let auth: AuthServer;
let desk: Desk;
let sync: SyncManager;
let officerA: Staff;
let officerC: Staff;
let reception: Staff;
let manager: Staff;

beforeAll(async () => {
  auth = await startAuthServer({ collections: COLLECTIONS });
  const deskA = await registerTestDesk(auth, 'CRMA');
  officerA = await staffOn(auth, deskA, ['liaison-officer']);
  officerC = await staffOn(auth, await registerTestDesk(auth, 'CRMC'), ['liaison-officer']);
  reception = await staffOn(auth, await registerTestDesk(auth, 'CRMR'), ['receptionist']);
  manager = await staffOn(auth, await registerTestDesk(auth, 'CRMM'), ['manager']);
  desk = await openDesk(uniqueName('wasl-cases-'));
  sync = startSyncManager({
    db: desk.db, deskId: deskA.deskId, serverUrl: auth.server.url, token: officerA.token, online: manualOnlineSource(true),
    backoffBaseMs: 100, collections: ['cases'], transport: { fetch, openEventSource: queryTokenEventSource(EventSource) },
  });
}, 120_000);
afterAll(async () => {
  await sync?.stop();
  await desk?.close();
  await auth?.close();
});

const AT = '2026-03-01T09:00:00Z';

function apply(doc: CaseDoc, by: Staff, move: CaseMove): CaseDoc {
  const result = transition(doc, move, { id: by.id, roles: ['admin'] }, AT, { holidays: [], clocks: DEFAULT_CASE_CLOCKS });
  if (!result.ok) throw new Error(result.error.code);
  return { ...result.value.doc, updatedBy: by.id, deskId: by.desk.deskId };
}

async function recordFor(officer: Staff, sensitive: boolean): Promise<SyncDocument> {
  const made = newCase({
    kind: 'complaint', category: 'staff-conduct', description: 'شكوى سرية عن التعامل', beneficiaryId: randomUUID(),
    complainant: { name: '', mobile: '', email: '' }, proposedLink: { nationalId: '', mobile: '' }, channel: 'letters', subChannel: 'letter',
    replyChannel: 'phone', replySubChannel: 'sms', priority: 'high', domain: 'social-care', concernsStaffIds: [], sensitive, attachments: [],
  }, { id: randomUUID(), caseNumber: `CRMR-C2026-00000${sensitive ? 1 : 2}`, now: '2026-03-01T08:00:00Z', actorId: reception.id, deskId: reception.desk.deskId, source: 'desk', holidays: [], clocks: DEFAULT_CASE_CLOCKS });
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  const doc = { ...apply(made.value, reception, { to: 'assigned', officerId: officer.id, unitId: 'social-research' }), _deleted: false };
  await pushOk(reception, doc, null);
  return doc;
}

async function pushOk(by: Staff, doc: SyncDocument, assumed: SyncDocument | null): Promise<void> {
  const response = await pushAs(auth, by.token, 'cases', [{ assumedMasterState: assumed, newDocumentState: doc }]);
  expect(response.status, await response.clone().text()).toBe(200);
  expect(await response.json()).toEqual([]);
}

const onDesk = async (id: string) => (await desk.db.cases.findOne(id).exec())?.toMutableJSON() ?? null;

describe('a case leaving officer A\'s desk', () => {
  it('reassigned (sensitive): it arrives on A\'s desk, then is removed there at the next sync', async () => {
    const doc = await recordFor(officerA, true);
    await waitFor(async () => (await onDesk(String(doc.id))) !== null, 'the case on A\'s desk');
    expect((await onDesk(String(doc.id)))?.description).toBe('شكوى سرية عن التعامل');
    const reassigned = { ...apply(doc as unknown as CaseDoc, manager, { to: 'assigned', officerId: officerC.id }), _deleted: false };
    await pushOk(manager, reassigned, doc);
    await waitFor(async () => (await onDesk(String(doc.id))) === null, 'the case gone from A\'s desk');
    await sync.awaitInSync();
    // The desk pushed nothing back over it: the server keeps the reassigned case whole.
    expect((await pullAs(auth, officerC.token, 'cases')).find((d) => d.id === doc.id)).toEqual(reassigned);
  }, 60_000);

  it('a conflict of interest named later: removed from A\'s desk too', async () => {
    const doc = await recordFor(officerC, false);
    await waitFor(async () => (await onDesk(String(doc.id))) !== null, 'the case on A\'s desk');
    const named = { ...doc, concernsStaffIds: [officerA.id], updatedBy: manager.id, deskId: manager.desk.deskId, updatedAt: AT };
    await pushOk(manager, named, doc);
    await waitFor(async () => (await onDesk(String(doc.id))) === null, 'the case gone from A\'s desk');
    expect((await pullAs(auth, manager.token, 'cases')).find((d) => d.id === doc.id)).toEqual(named);
  }, 60_000);
});
